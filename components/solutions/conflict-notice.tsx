"use client";

import { useFormatter, useTranslations } from "next-intl";
import { changedFields } from "@/lib/solutions/form-values";

type Props = {
  conflict: { values: Record<string, string>; changedBy: string | null; changedAt: string };
  mine: Record<string, string>;
};

/** Shows what the other person saved next to what this member typed; their text stays in the form. */
export function ConflictNotice({ conflict, mine }: Props) {
  const t = useTranslations("solutions");
  const format = useFormatter();
  const changes = changedFields(conflict.values, mine);
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <span className="kern-title">{t("form.conflictTitle")}</span>
      </div>
      <div className="kern-alert__body flex flex-col gap-12">
        <p className="kern-body">
          {t("form.conflictText", {
            name: conflict.changedBy ?? "–",
            date: format.dateTime(new Date(conflict.changedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
        {changes.length > 0 ? (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small">
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t("form.conflictField")}</th>
                  <th scope="col" className="kern-table__header">{t("form.conflictTheirs")}</th>
                  <th scope="col" className="kern-table__header">{t("form.conflictYours")}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {changes.map((change) => (
                  <tr key={change.field} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">{t(`fields.${change.field}`)}</th>
                    <td className="kern-table__cell prewrap">{change.before}</td>
                    <td className="kern-table__cell prewrap">{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
