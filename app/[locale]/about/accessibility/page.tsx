import { getTranslations } from "next-intl/server";
import { NamedBody } from "@/components/about/operator-contact";
import { Section } from "@/components/ui/section";
import { nameAndLink, operatorDetails } from "@/lib/config/operator";
import { titledPageMetadata } from "@/lib/seo/metadata";

export const generateMetadata = titledPageMetadata("legal.accessibility", "/about/accessibility");

const gaps = ["easyLanguage", "signLanguage", "uploads"] as const;

/** The accessibility statement BITV 2.0 § 7 asks for, with the feedback contact and enforcement body from configuration. */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("legal.accessibility");
  const tLegal = await getTranslations("legal");
  const operator = operatorDetails();
  return (
    <article className="flex max-w-768 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{t("lead", { operator: operator.name ?? t("operatorFallback") })}</p>
      <Section titleId="status-title" title={t("status.title")}>
        <p className="kern-body">{t("status.text")}</p>
      </Section>
      <Section titleId="gaps-title" title={t("gaps.title")}>
        <ul className="kern-list kern-list--bullet">
          {gaps.map((key) => (
            <li key={key}>{t(`gaps.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section titleId="method-title" title={t("method.title")}>
        <p className="kern-body">{t("method.text")}</p>
      </Section>
      <Section titleId="feedback-title" title={t("feedback.title")}>
        <p className="kern-body">{t("feedback.text")}</p>
        <p className="kern-body">
          {operator.accessibilityEmail ? (
            <a className="kern-link" href={`mailto:${operator.accessibilityEmail}`}>
              {operator.accessibilityEmail}
            </a>
          ) : (
            tLegal("notConfigured")
          )}
        </p>
      </Section>
      <Section titleId="enforcement-title" title={t("enforcement.title")}>
        <p className="kern-body">
          {t("enforcement.text")} <NamedBody body={nameAndLink(operator.accessibilityEnforcement)} fallback={t("enforcement.fallback")} />.
        </p>
      </Section>
    </article>
  );
}
