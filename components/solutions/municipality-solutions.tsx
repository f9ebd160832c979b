import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { listReusesOfMunicipality, listSolutionsOfMunicipality } from "@/lib/solutions/queries";
import { ReuseList } from "./reuse-list";
import { SolutionCardList } from "./solution-card";
import { Section } from "@/components/ui/section";

/** What a municipality published, and what it adopted from others. */
export async function MunicipalitySolutions({ ags }: { ags: string }) {
  const t = await getTranslations("solutions.forMunicipality");
  const viewer = await getViewer();
  const [published, reuses] = await Promise.all([listSolutionsOfMunicipality(ags, 12, viewer), listReusesOfMunicipality(ags, viewer)]);
  return (
    <>
      <Section titleId="published-title" title={t("published")}>
        {published.items.length > 0 ? <SolutionCardList solutions={published.items} /> : <p className="kern-body">{t("publishedNone")}</p>}
        {published.total > published.items.length ? (
          <Link href={{ pathname: "/solutions", query: { ags } }} className="kern-link">
            {t("all", { count: published.total })}
          </Link>
        ) : null}
      </Section>
      <Section titleId="reuses-title" title={t("reuses")}>
        {reuses.length === 0 ? (
          <p className="kern-body">{t("reusesNone")}</p>
        ) : (
          <ReuseList reuses={reuses} />
        )}
      </Section>
    </>
  );
}
