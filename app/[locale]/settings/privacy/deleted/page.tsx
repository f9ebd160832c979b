import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacySettings.deleted");
  return { title: t("title"), robots: { index: false } };
}

/** Where a member lands after deleting their account: signed out, nothing of theirs left to show. */
export default async function AccountDeletedPage() {
  const t = await getTranslations("privacySettings.deleted");
  return (
    <div className="flex max-w-768 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <Alert variant="success" role="status" title={t("done")}>
        <p className="kern-body">{t("text")}</p>
      </Alert>
      <p className="kern-body">
        <Link href="/" className="kern-link">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
