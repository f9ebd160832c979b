import { getTranslations } from "next-intl/server";
import { OperatorContact } from "@/components/about/operator-contact";
import { Section } from "@/components/ui/section";
import { operatorDetails } from "@/lib/config/operator";
import { titledPageMetadata } from "@/lib/seo/metadata";

export const generateMetadata = titledPageMetadata("legal.imprint", "/about/imprint");

export default async function ImprintPage() {
  const t = await getTranslations("legal.imprint");
  const operator = operatorDetails();
  return (
    <article className="flex max-w-768 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <Section titleId="provider-title" title={t("provider")}>
        <OperatorContact operator={operator} email={operator.email} />
      </Section>
      <Section titleId="content-title" title={t("contentTitle")}>
        <p className="kern-body">{t("content")}</p>
        <p className="kern-body">{t("demo")}</p>
      </Section>
    </article>
  );
}
