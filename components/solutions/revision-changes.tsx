import { getTranslations } from "next-intl/server";
import type { changedFields } from "@/lib/solutions/form-values";

type Change = ReturnType<typeof changedFields>[number];

export async function RevisionChanges({ changes, previousVersion }: { changes: Change[]; previousVersion: number }) {
  const t = await getTranslations("solutions");
  if (changes.length === 0) return <p className="kern-body">{t("history.noChanges")}</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small">
        <caption className="kern-body kern-body--small text-left">{t("history.changes", { version: previousVersion })}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t("history.field")}</th>
            <th scope="col" className="kern-table__header">{t("history.before")}</th>
            <th scope="col" className="kern-table__header">{t("history.after")}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {changes.map((change) => (
            <tr key={change.field} className="kern-table__row">
              <th scope="row" className="kern-table__cell">{t(`fields.${change.field}`)}</th>
              <td className="kern-table__cell prewrap">
                <del>{change.before}</del>
              </td>
              <td className="kern-table__cell prewrap">
                <ins>{change.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
