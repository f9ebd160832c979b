import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";

/** What a pending member sees instead of a profile or the directory: why, and how to become verified. */
export async function ProfilesRefused() {
  const [t, tm, tj] = await Promise.all([getTranslations("members.refused"), getTranslations("membership.pending"), getTranslations("join.pendingHint")]);
  return (
    <Alert variant="info" title={t("title")}>
      <p className="kern-body">{t("body")}</p>
      <p className="kern-body">{tm("howTo")}</p>
      <p className="kern-body">
        <Link href="/join" className="kern-link">
          {tj("link")}
        </Link>
      </p>
    </Alert>
  );
}
