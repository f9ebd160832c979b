import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";

type Leika = { id: number; key: string | null; name: string; type: string | null };

export async function LeikaTable({ leika }: { leika: Leika[] }) {
  const t = await getTranslations("services.detail");
  const tl = await getTranslations("layout");
  return (
    <section aria-labelledby="leika-title">
      <h2 id="leika-title" className="kern-heading-medium mb-12">
        {t("leikaTitle")} ({leika.length})
      </h2>
      <TableScroll label={t("leikaTitle")} hint={tl("tableScrollHint")}>
        <table className="kern-table kern-table--small">
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t("leikaName")}</th>
              <th scope="col" className="kern-table__header">{t("leikaKey")}</th>
              <th scope="col" className="kern-table__header">{t("leikaType")}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {leika.map((l) => (
              <tr key={l.id} className="kern-table__row">
                <td className="kern-table__cell">{l.name}</td>
                <td className="kern-table__cell">{l.key ?? <em>{t("notInLeika")}</em>}</td>
                <td className="kern-table__cell">{l.type ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
