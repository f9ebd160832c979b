import { titledPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export const generateMetadata = titledPageMetadata("about", "/about");

export default async function AboutPage() {
  const t = await getTranslations("about");
  return (
    <article className="flex max-w-768 flex-col gap-16">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{t("lead")}</p>
      <p className="kern-body">{t("p1")}</p>
      <p className="kern-body">{t("p2")}</p>
      <h2 className="kern-heading-medium mt-16">{t("privacyTitle")}</h2>
      <p className="kern-body">{t("privacy")}</p>
      <h2 className="kern-heading-medium mt-16">{t("accessibilityTitle")}</h2>
      <p className="kern-body">{t("accessibility")}</p>
      <h2 className="kern-heading-medium mt-16">{t("demoTitle")}</h2>
      <p className="kern-body">{t("demo")}</p>
      <p>
        <Link href="/about/data" className="kern-link">
          {t("dataLink")}
        </Link>
      </p>
    </article>
  );
}
