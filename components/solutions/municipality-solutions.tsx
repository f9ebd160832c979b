import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listReusesOfMunicipality, listSolutionsOfMunicipality } from "@/lib/solutions/queries";
import { ReuseList } from "./reuse-list";
import { SolutionCardList } from "./solution-card";

/** What a municipality published, and what it adopted from others. */
export async function MunicipalitySolutions({ ags }: { ags: string }) {
  const t = await getTranslations("solutions.forMunicipality");
  const [published, reuses] = await Promise.all([listSolutionsOfMunicipality(ags), listReusesOfMunicipality(ags)]);
  return (
    <>
      <section aria-labelledby="published-title" className="flex flex-col gap-16">
        <h2 id="published-title" className="kern-heading-medium">
          {t("published")}
        </h2>
        {published.items.length > 0 ? <SolutionCardList solutions={published.items} /> : <p className="kern-body">{t("publishedNone")}</p>}
        {published.total > published.items.length ? (
          <Link href={{ pathname: "/solutions", query: { ags } }} className="kern-link">
            {t("all", { count: published.total })}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="reuses-title" className="flex flex-col gap-16">
        <h2 id="reuses-title" className="kern-heading-medium">
          {t("reuses")}
        </h2>
        {reuses.length === 0 ? (
          <p className="kern-body">{t("reusesNone")}</p>
        ) : (
          <ReuseList reuses={reuses} />
        )}
      </section>
    </>
  );
}
