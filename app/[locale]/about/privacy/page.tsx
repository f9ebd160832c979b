import { getTranslations } from "next-intl/server";
import { NamedBody, OperatorContact } from "@/components/about/operator-contact";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { nameAndLink, operatorDetails } from "@/lib/config/operator";
import { titledPageMetadata } from "@/lib/seo/metadata";

export const generateMetadata = titledPageMetadata("legal.privacy", "/about/privacy");

const sections = ["data", "cookies", "logs", "mail", "recipients", "retention"] as const;

export default async function PrivacyNoticePage() {
  const t = await getTranslations("legal.privacy");
  const tLegal = await getTranslations("legal");
  const operator = operatorDetails();
  return (
    <article className="flex max-w-768 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{t("lead")}</p>
      <Section titleId="controller-title" title={t("controller")}>
        <OperatorContact operator={operator} email={operator.email} />
        <p className="kern-body">
          {t("dpo")}{" "}
          {operator.privacyEmail ? (
            <a className="kern-link" href={`mailto:${operator.privacyEmail}`}>
              {operator.privacyEmail}
            </a>
          ) : (
            tLegal("notConfigured")
          )}
        </p>
      </Section>
      {sections.map((key) => (
        <Section key={key} titleId={`${key}-title`} title={t(`${key}.title`)}>
          <p className="kern-body">{t(`${key}.text`)}</p>
        </Section>
      ))}
      <Section titleId="rights-title" title={t("rights.title")}>
        <p className="kern-body">{t("rights.text")}</p>
        <p className="kern-body">
          <Link href="/settings/privacy" className="kern-link">
            {t("rights.settingsLink")}
          </Link>
        </p>
        <p className="kern-body">
          {t("rights.complaint")} <NamedBody body={nameAndLink(operator.supervisoryAuthority)} fallback={t("rights.authorityFallback")} />.
        </p>
      </Section>
    </article>
  );
}
