import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MyOverview } from "@/lib/me/queries";

/** What the member's municipality adopted from others, whoever of its members marked it. */
export async function MyReuses({ reuses, hasMunicipality }: { reuses: MyOverview["reuses"]; hasMunicipality: boolean }) {
  const t = await getTranslations("me.reuses");
  const ts = await getTranslations("solutions.detail");
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
  return (
    <ul className="kern-list">
      {reuses.map((reuse) => (
        <li key={reuse.solution.slug}>
          <Link href={`/solutions/${reuse.solution.slug}`} className="kern-link">
            {reuse.solution.title}
          </Link>{" "}
          ({reuse.solution.municipality.name}) – {ts(`reuseStatuses.${reuse.status}`)}
        </li>
      ))}
    </ul>
  );
}
