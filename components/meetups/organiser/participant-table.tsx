import { useLocale, useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ParticipantRow } from "@/lib/meetups/participant-queries";
import { formatBerlinDateTime } from "@/lib/meetups/time";

type Props = {
  caption: string;
  rows: ParticipantRow[];
  /** Set inside the attendance form: a checkbox per row, ticked when `checked` says so. */
  attendance?: { checked: (row: ParticipantRow) => boolean };
};

/** One group of the participant list (seats, waitlist or cancellations); used on the server and in the attendance form. */
export function ParticipantTable({ caption, rows, attendance }: Props) {
  const t = useTranslations("meetups.manage.participants");
  const locale = useLocale();
  const when = (d: Date) => formatBerlinDateTime(d, locale);
  const waitlist = rows.some((r) => r.status === "waitlisted");
  const cancelled = rows.every((r) => r.status === "cancelled");
  return (
    <TableScroll label={caption} hint={t("scrollHint")}>
      <table className="kern-table kern-table--small kern-table--striped">
        <caption className="kern-heading-small text-left">{caption}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            {waitlist ? <th scope="col" className="kern-table__header kern-table__header--numeric">{t("position")}</th> : null}
            <th scope="col" className="kern-table__header">{t("name")}</th>
            <th scope="col" className="kern-table__header">{t("municipality")}</th>
            <th scope="col" className="kern-table__header">{t("note")}</th>
            <th scope="col" className="kern-table__header">{t("listPublicly")}</th>
            <th scope="col" className="kern-table__header">{cancelled ? t("cancelledAt") : t("registeredAt")}</th>
            {attendance ? <th scope="col" className="kern-table__header">{t("attended")}</th> : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.registrationId} className="kern-table__row">
              {waitlist ? <td className="kern-table__cell kern-table__cell--numeric">{row.waitlistPosition}</td> : null}
              <th scope="row" className="kern-table__cell">
                {/* One line each: KERN's own display rules on .kern-link would beat a Tailwind "block". */}
                <div className="kern-body kern-body--bold">{row.name ?? t("noName")}</div>
                {row.roleTitle ? <div className="kern-body kern-body--small">{row.roleTitle}</div> : null}
                {row.email ? (
                  <div>
                    <a href={`mailto:${row.email}`} className="kern-link kern-link--small">
                      {row.email}
                    </a>
                  </div>
                ) : null}
              </th>
              <td className="kern-table__cell">{row.municipality?.name ?? "–"}</td>
              <td className="kern-table__cell prewrap">{row.note ?? "–"}</td>
              <td className="kern-table__cell">{row.listPublicly ? t("yes") : t("no")}</td>
              <td className="kern-table__cell">{when(cancelled && row.cancelledAt ? row.cancelledAt : row.registeredAt)}</td>
              {attendance ? (
                <td className="kern-table__cell">
                  <input type="hidden" name="participant" value={row.userId} />
                  <div className="kern-form-check">
                    <input
                      className="kern-form-check__checkbox"
                      type="checkbox"
                      id={`attended-${row.registrationId}`}
                      name="attended"
                      value={row.userId}
                      defaultChecked={attendance.checked(row)}
                    />
                    <label className="kern-label" htmlFor={`attended-${row.registrationId}`}>
                      {t("attendedLabel")}
                      <span className="kern-sr-only">{` – ${row.name ?? row.email ?? ""}`}</span>
                    </label>
                  </div>
                  {row.attended === null ? <span className="kern-body kern-body--small kern-body--muted">{t("attendanceOpen")}</span> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
