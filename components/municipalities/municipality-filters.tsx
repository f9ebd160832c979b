import { getTranslations } from "next-intl/server";
import { FilterFooter } from "@/components/ui/filter-footer";
import { Field } from "@/components/ui/field";
import { DistrictSelect, StateSelect } from "@/components/ui/filter-selects";
import type { MunicipalitySearch } from "@/lib/municipalities/schema";

type Props = {
  search: MunicipalitySearch;
  states: { code: string; name: string }[];
  districts: { code: string; name: string; type: string }[];
};

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export async function MunicipalityFilters({ search, states, districts }: Props) {
  const t = await getTranslations("municipalities");
  return (
    <form role="search" method="get" className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-[2fr_1fr_1fr]">
      <Field name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={search.q ?? ""} />
      <StateSelect label={t("state")} allLabel={t("allStates")} value={search.state ?? ""} options={states} />
      <DistrictSelect label={t("district")} allLabel={t("allDistricts")} chooseStateFirst={t("chooseStateFirst")} value={search.district ?? ""} options={districts} />
      <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/municipalities" className="md:col-span-3" />
    </form>
  );
}
