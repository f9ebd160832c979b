import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { ThemenfeldSelect } from "@/components/ui/filter-selects";
import { Link } from "@/i18n/navigation";
import type { ServiceSearch } from "@/lib/services/schema";

export async function ServiceFilters({ search, themenfelder }: { search: ServiceSearch; themenfelder: { id: number; name: string }[] }) {
  const t = await getTranslations("services");
  return (
    <form role="search" method="get" className="grid gap-16 rounded-kern-default bg-kern-layout-background-hued p-16 md:grid-cols-[2fr_1fr]">
      <Field name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={search.q ?? ""} />
      <ThemenfeldSelect label={t("themenfeld")} allLabel={t("allThemenfelder")} value={search.themenfeld ? String(search.themenfeld) : ""} options={themenfelder} />
      <div className="flex flex-wrap items-center gap-16 md:col-span-2">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("submit")}</span>
        </button>
        <Link href="/services" className="kern-link">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
