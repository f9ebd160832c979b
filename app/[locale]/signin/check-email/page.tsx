import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { isOutboxVisible } from "@/lib/mail/queries";
import { firstValues } from "@/lib/search-params";

export default async function CheckEmailPage({ searchParams }: PageProps<"/[locale]/signin/check-email">) {
  const t = await getTranslations("auth.checkEmail");
  const { email } = firstValues(await searchParams);
  const devOutbox = !process.env.SMTP_URL && isOutboxVisible();
  return (
    <div className="flex max-w-576 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <Alert variant="success" role="status">
        <p className="kern-body">{email ? t("text", { email }) : t("textNoEmail")}</p>
      </Alert>
      {devOutbox ? (
        <Alert variant="info">
          <p className="kern-body">{t("devHint")}</p>
          <Link href="/dev/mail" className="kern-link">
            {t("devLink")}
          </Link>
        </Alert>
      ) : null}
    </div>
  );
}
