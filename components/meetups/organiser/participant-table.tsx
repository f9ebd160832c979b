import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      label={caption}
      scrollHint={t("scrollHint")}
      caption={caption}
      small
      striped
      rows={rows}
      rowKey={(row) => row.registrationId}
      columns={[
        waitlist && { header: t("position"), numeric: true, cell: (row) => row.waitlistPosition },
        {
          header: t("name"),
          rowHeader: true,
          cell: (row) => (
            <>
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
            </>
          ),
        },
        { header: t("municipality"), cell: (row) => row.municipality?.name ?? "–" },
        { header: t("note"), className: "prewrap", cell: (row) => row.note ?? "–" },
        { header: t("listPublicly"), cell: (row) => (row.listPublicly ? t("yes") : t("no")) },
        { header: cancelled ? t("cancelledAt") : t("registeredAt"), cell: (row) => when(cancelled && row.cancelledAt ? row.cancelledAt : row.registeredAt) },
        attendance && {
          header: t("attended"),
          cell: (row) => (
            <>
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
            </>
          ),
        },
      ]}
    />
  );
}
