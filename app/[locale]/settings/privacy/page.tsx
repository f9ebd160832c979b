import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeleteAccountForm } from "@/components/privacy/delete-account-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPathname, Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { deleteAccountAction } from "@/lib/privacy/actions";
import { PRIVACY_PATH } from "@/lib/privacy/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacySettings");
  return { title: t("title"), robots: { index: false } };
}

export default async function PrivacySettingsPage() {
  await requireMember(PRIVACY_PATH);
  const [t, locale] = await Promise.all([getTranslations("privacySettings"), getLocale()]);
  return (
    <div className="flex max-w-768 flex-col gap-32">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section titleId="export-title" title={t("export.title")}>
        <p className="kern-body">{t("export.text")}</p>
        <div>
          {/* A plain link: the browser downloads the file (Content-Disposition), no script involved. */}
          <a href={getPathname({ href: `${PRIVACY_PATH}/export`, locale })} className="kern-btn kern-btn--primary" download>
            <span className="kern-label">{t("export.download")}</span>
          </a>
        </div>
      </Section>
      <Section titleId="delete-title" title={t("delete.title")}>
        <p className="kern-body">{t("delete.text")}</p>
        <ul className="kern-list kern-list--bullet">
          <li>{t("delete.erased")}</li>
          <li>{t("delete.solutions")}</li>
          <li>{t("delete.comments")}</li>
          <li>{t("delete.contacts")}</li>
        </ul>
        <Alert variant="warning" title={t("delete.warningTitle")}>
          <p className="kern-body">{t("delete.warning")}</p>
        </Alert>
        <ClientMessages keys={["privacySettings", "errors"]}>
          <DeleteAccountForm action={deleteAccountAction} />
        </ClientMessages>
      </Section>
      <p className="kern-body">
        <Link href="/about" className="kern-link">
          {t("aboutLink")}
        </Link>
      </p>
    </div>
  );
}
