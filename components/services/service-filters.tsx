import { getTranslations } from "next-intl/server";
import { FilterFooter } from "@/components/ui/filter-footer";
import { Field } from "@/components/ui/field";
import { ThemenfeldSelect } from "@/components/ui/filter-selects";
import type { ServiceSearch } from "@/lib/services/schema";

export async function ServiceFilters({ search, themenfelder }: { search: ServiceSearch; themenfelder: { id: number; name: string }[] }) {
  const t = await getTranslations("services");
  return (
    <form role="search" method="get" className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-[2fr_1fr]">
      <Field name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={search.q ?? ""} />
      <ThemenfeldSelect label={t("themenfeld")} allLabel={t("allThemenfelder")} value={search.themenfeld ? String(search.themenfeld) : ""} options={themenfelder} />
      <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/services" className="md:col-span-2" />
    </form>
  );
}
