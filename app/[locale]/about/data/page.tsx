import { titledPageMetadata } from "@/lib/seo/metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getReferenceDataCounts } from "@/lib/stats/reference-queries";

export const generateMetadata = titledPageMetadata("data", "/about/data");

export default async function DataSourcesPage() {
  const t = await getTranslations("data");
  const format = await getFormatter();
  const counts = await getReferenceDataCounts();
  const n = (value: number) => format.number(value);
  return (
    <article className="flex max-w-768 flex-col gap-16">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{t("lead")}</p>
      <section aria-labelledby="gv-title" className="flex flex-col gap-8">
        <h2 id="gv-title" className="kern-heading-medium">{t("gv.title")}</h2>
        <p className="kern-body">{t("gv.text", { municipalities: n(counts.municipalities), districts: n(counts.districts), states: n(counts.states) })}</p>
        <p className="kern-body kern-body--bold">{t("gv.attribution")}</p>
        <p className="kern-body">{t("gv.date")}</p>
        <p className="kern-body">{t("gv.licence")}</p>
        <p className="kern-body">{t("gv.via")}</p>
      </section>
      <section aria-labelledby="ozg-title" className="flex flex-col gap-8">
        <h2 id="ozg-title" className="kern-heading-medium">{t("ozg.title")}</h2>
        <p className="kern-body">{t("ozg.text", { themenfelder: n(counts.themenfelder), lagen: n(counts.lebenslagen), services: n(counts.services), leika: n(counts.leika) })}</p>
        <p className="kern-body">{t("ozg.date")}</p>
        <p className="kern-body">{t("ozg.licence")}</p>
        <p className="kern-body">{t("ozg.via")}</p>
      </section>
      <section aria-labelledby="demo-title" className="flex flex-col gap-8">
        <h2 id="demo-title" className="kern-heading-medium">{t("demoTitle")}</h2>
        <p className="kern-body">{t("demo")}</p>
      </section>
    </article>
  );
}
