import { titledPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { SearchExplanation } from "@/components/search/search-explanation";
import { SolutionCardList } from "@/components/solutions/solution-card";
import { SolutionFilters } from "@/components/solutions/solution-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Link } from "@/i18n/navigation";
import { listStates } from "@/lib/municipalities/queries";
import { firstValues, parseSearchParams } from "@/lib/search-params";
import { listThemenfelder } from "@/lib/services/queries";
import { getViewer } from "@/lib/auth/session";
import { searchSolutions } from "@/lib/search/solution-queries";
import { countSearchMissLater } from "@/lib/search/mutations";
import { solutionSearchInput } from "@/lib/solutions/schema";

export const generateMetadata = titledPageMetadata("solutions", "/solutions");

export default async function SolutionsPage({ searchParams }: PageProps<"/[locale]/solutions">) {
  const t = await getTranslations("solutions");
  const params = await searchParams;
  const { search, errors } = parseSearchParams(solutionSearchInput, params);
  const [result, themenfelder, states] = await Promise.all([getViewer().then((viewer) => searchSolutions(search, viewer)), listThemenfelder(), listStates()]);
  if (search.q && result.total === 0 && search.page === 1) countSearchMissLater(search.q);
  const query = { ...firstValues(params), page: undefined };
  return (
    <div className="flex flex-col gap-24">
      <div className="flex flex-wrap items-start justify-between gap-16">
        <PageHeader title={t("title")} lead={t("lead")} />
        <Link href="/solutions/new" className="kern-btn kern-btn--primary no-underline">
          <span className="kern-label">{t("newLink")}</span>
        </Link>
      </div>
      <QueryErrors errors={errors} />
      <SolutionFilters search={search} themenfelder={themenfelder} states={states} />
      <div role="status">
        <h2 className="kern-heading-small">
          {result.totalCapped ? t("resultsCapped", { total: result.total }) : t("results", { total: result.total })}
        </h2>
      </div>
      {search.q ? <SearchExplanation q={search.q} explanation={result.explanation} query={query} total={result.total} /> : null}
      {result.items.length > 0 ? <SolutionCardList solutions={result.items} highlight={result.explanation?.highlight} /> : result.total === 0 ? <p className="kern-body">{t("noResults")}</p> : null}
      <Pagination
        pathname="/solutions"
        query={query}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        // A capped total is a lower bound: page on while pages come back full.
        hasMore={result.totalCapped ? result.items.length === result.pageSize : undefined}
      />
    </div>
  );
}
