import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

/** One page for unknown, expired, used and revoked invitation links: it tells outsiders nothing. */
export default async function InvitationNotFound() {
  const [t, tm] = await Promise.all([getTranslations("invitations.unusable"), getTranslations("meta")]);
  return (
    <div className="flex max-w-768 flex-col gap-24">
      {/* not-found pages get no metadata from Next.js; React hoists this into <head>. */}
      <title>{`${t("title")} – ${tm("title")}`}</title>
      <PageHeader title={t("title")} lead={t("text")} />
      <p className="kern-body">{t("what")}</p>
      <p className="flex flex-wrap gap-16">
        <Link href="/signin" className="kern-link">
          {t("signIn")}
        </Link>
        <Link href="/" className="kern-link">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
