import { titledPageMetadata } from "@/lib/seo/metadata";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import { MunicipalityFilters } from "@/components/municipalities/municipality-filters";
import { MunicipalityTable } from "@/components/municipalities/municipality-table";
import { QueryErrors } from "@/components/ui/query-errors";
import { Pagination } from "@/components/ui/pagination";
import { listDistricts, listStates, searchMunicipalities } from "@/lib/municipalities/queries";
import { municipalitySearchInput } from "@/lib/municipalities/schema";
import { parseSearchParams } from "@/lib/search-params";

export const generateMetadata = titledPageMetadata("municipalities", "/municipalities");

export default async function MunicipalitiesPage({ searchParams }: PageProps<"/[locale]/municipalities">) {
  const t = await getTranslations("municipalities");
  const { search, errors } = parseSearchParams(municipalitySearchInput, await searchParams);
  const [result, states, districts] = await Promise.all([
    searchMunicipalities(search),
    listStates(),
    search.state ? listDistricts(search.state) : Promise.resolve([]),
  ]);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <MunicipalityFilters search={search} states={states} districts={districts} />
      <p className="kern-body kern-body--bold" role="status">
        {t("results", { total: result.total })}
      </p>
      {result.items.length > 0 ? <MunicipalityTable items={result.items} /> : result.total === 0 ? <p className="kern-body">{t("noResults")}</p> : null}
      <Pagination
        pathname="/municipalities"
        query={{ q: search.q, state: search.state, district: search.district, pageSize: search.pageSize === 20 ? undefined : String(search.pageSize) }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </div>
  );
}
