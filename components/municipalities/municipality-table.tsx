import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/i18n/navigation";
import type { MunicipalityListItem } from "@/lib/municipalities/queries";

export async function MunicipalityTable({ items }: { items: MunicipalityListItem[] }) {
  const t = await getTranslations("municipalities.columns");
  const tl = await getTranslations("layout");
  const format = await getFormatter();
  return (
    <DataTable
      label={t("region")}
      scrollHint={tl("tableScrollHint")}
      striped
      rows={items}
      rowKey={(m) => m.ags}
      columns={[
        {
          header: t("name"),
          rowHeader: true,
          cell: (m) => (
            <Link href={`/municipalities/${m.ags}`} className="kern-link">
              {m.name}
            </Link>
          ),
        },
        { header: t("district"), cell: (m) => m.districtName },
        { header: t("state"), cell: (m) => m.stateName },
        { header: t("population"), numeric: true, cell: (m) => format.number(m.population) },
        { header: t("postalCode"), cell: (m) => m.postalCode },
        { header: t("ags"), cell: (m) => m.ags },
      ]}
    />
  );
}
