import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { Link } from "@/i18n/navigation";
import type { MunicipalityListItem } from "@/lib/municipalities/queries";

export async function MunicipalityTable({ items }: { items: MunicipalityListItem[] }) {
  const t = await getTranslations("municipalities.columns");
  const tl = await getTranslations("layout");
  const format = await getFormatter();
  return (
    <TableScroll label={t("region")} hint={tl("tableScrollHint")}>
      <table className="kern-table kern-table--striped">
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t("name")}</th>
            <th scope="col" className="kern-table__header">{t("district")}</th>
            <th scope="col" className="kern-table__header">{t("state")}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t("population")}</th>
            <th scope="col" className="kern-table__header">{t("postalCode")}</th>
            <th scope="col" className="kern-table__header">{t("ags")}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((m) => (
            <tr key={m.ags} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                <Link href={`/municipalities/${m.ags}`} className="kern-link">
                  {m.name}
                </Link>
              </th>
              <td className="kern-table__cell">{m.districtName}</td>
              <td className="kern-table__cell">{m.stateName}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{format.number(m.population)}</td>
              <td className="kern-table__cell">{m.postalCode}</td>
              <td className="kern-table__cell">{m.ags}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
