import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms";
import type { ParticipantRow } from "@/lib/meetups/participant-queries";
import { AttendanceForm } from "./attendance-form";
import { ParticipantTable } from "./participant-table";

type Props = {
  rows: ParticipantRow[];
  capacity: number;
  /** Given once the meetup has begun: the seat holders get attendance checkboxes. */
  attendanceAction?: (state: FormState, formData: FormData) => Promise<FormState>;
  csvHref: string;
};

/** Everyone who registered, for organisers: seats, then the waitlist in its order, then cancellations. */
export async function ParticipantList({ rows, capacity, attendanceAction, csvHref }: Props) {
  const t = await getTranslations("meetups.manage.participants");
  const registered = rows.filter((r) => r.status === "registered");
  const waitlisted = rows.filter((r) => r.status === "waitlisted");
  const cancelled = rows.filter((r) => r.status === "cancelled");
  const registeredCaption = t("registered", { count: registered.length, capacity });
  return (
    <section aria-labelledby="participants-title" className="flex flex-col gap-16">
      <div className="flex flex-wrap items-baseline justify-between gap-16">
        <h2 id="participants-title" className="kern-heading-medium">
          {t("title")}
        </h2>
        {/* A route outside the language prefix, like calendar.ics: a plain link, no locale. */}
        <a href={csvHref} download className="kern-link">
          <span className="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" /> {t("csv")}
        </a>
      </div>
      {rows.length === 0 ? <p className="kern-body">{t("none")}</p> : null}
      {registered.length > 0 ? (
        attendanceAction ? (
          <AttendanceForm action={attendanceAction} caption={registeredCaption} rows={registered} />
        ) : (
          <ParticipantTable caption={registeredCaption} rows={registered} />
        )
      ) : null}
      {waitlisted.length > 0 ? <ParticipantTable caption={t("waitlisted", { count: waitlisted.length })} rows={waitlisted} /> : null}
      {cancelled.length > 0 ? <ParticipantTable caption={t("cancelled", { count: cancelled.length })} rows={cancelled} /> : null}
    </section>
  );
}
