import { getTranslations } from "next-intl/server";
import { FilterFooter } from "@/components/ui/filter-footer";
import { StateSelect, ThemenfeldSelect } from "@/components/ui/filter-selects";
import type { ActivityListSearch } from "@/lib/activity/schema";

type Props = { search: ActivityListSearch; states: { code: string; name: string }[]; themenfelder: { id: number; name: string }[] };

export async function ActivityFilters({ search, states, themenfelder }: Props) {
  const t = await getTranslations("activity");
  return (
    <form method="get" aria-label={t("filtersTitle")} className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-2">
      <StateSelect label={t("state")} allLabel={t("all")} value={search.state ?? ""} options={states} />
      <ThemenfeldSelect label={t("themenfeld")} allLabel={t("all")} value={search.themenfeld ? String(search.themenfeld) : ""} options={themenfelder} />
      <FilterFooter submitLabel={t("apply")} resetLabel={t("reset")} resetHref="/activity" className="md:col-span-2" />
    </form>
  );
}
