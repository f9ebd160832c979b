import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MyOverview } from "@/lib/me/queries";
import { ReuseList } from "@/components/solutions/reuse-list";

/** What the member's municipality adopted from others, whoever of its members marked it. */
export async function MyReuses({ reuses, hasMunicipality }: { reuses: MyOverview["reuses"]; hasMunicipality: boolean }) {
  const t = await getTranslations("me.reuses");
  if (!hasMunicipality) {
    return (
      <p className="kern-body">
        <Link href="/onboarding" className="kern-link">
          {t("noMunicipality")}
        </Link>
      </p>
    );
  }
  if (reuses.length === 0) return <p className="kern-body">{t("none")}</p>;
  return <ReuseList reuses={reuses} />;
}
