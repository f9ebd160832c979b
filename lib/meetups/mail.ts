import "server-only";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { meetupRegistrations, meetups, users, type MeetupState, type RegistrationStatus } from "@/db/schema";
import type { MeetupFormat } from "@/db/schema/meetup-enums";
import { absoluteUrl } from "@/lib/config/origin";
import type { ClaimedJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { buildCalendar } from "./calendar";
import { isMeetupMailPayload, MEETUP_MAIL_JOB, type MeetupMailTemplate } from "./jobs";
import { waitlistPositionOf } from "./registration-mutations";
import { formatBerlinDateTime } from "./time";

export type MeetupMailData = {
  recipientName: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  format: MeetupFormat;
  venueName: string | null;
  venueAddress: string | null;
  cancelReason: string | null;
  url: string;
  waitlistPosition: number | null;
};

/** A meetup mail in the member's language (see users.locale); times always in Berlin time. */
export function composeMeetupMail(template: MeetupMailTemplate, m: MeetupMailData, locale: MailLocale = "de"): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "mails.meetup" });
  const at = (instant: Date) => formatBerlinDateTime(instant, locale === "en" ? "en-GB" : "de", { dateStyle: "full", timeStyle: "short" });
  const place = [m.venueName, m.venueAddress].filter(Boolean).join(", ");
  const where = m.format === "online" ? t("online") : m.format === "hybrid" ? t("hybrid", { place }) : place;
  const details = `${t("when", { start: at(m.startsAt), end: at(m.endsAt) })}\n${t("where", { place: where })}\n\n${m.url}`;
  const hello = m.recipientName ? t("hello", { name: m.recipientName }) : t("helloAnonymous");
  const mail = (lines: string[]) => [hello, ...lines, t("bye")].join("\n\n");
  const subject = t(`${template}.subject`, { title: m.title });
  switch (template) {
    case "registration_confirmed":
    case "promoted":
    case "meetup_changed":
      return { subject, text: mail([t(`${template}.text`, { title: m.title }), details]) };
    case "waitlisted":
      return {
        subject,
        text: mail([m.waitlistPosition ? t("waitlisted.textWithPosition", { title: m.title, position: m.waitlistPosition }) : t("waitlisted.text", { title: m.title }), details]),
      };
    case "meetup_cancelled":
      return {
        subject,
        text: mail([t("meetup_cancelled.text", { title: m.title, start: at(m.startsAt) }), ...(m.cancelReason ? [t("meetup_cancelled.reason", { reason: m.cancelReason })] : []), m.url]),
      };
    case "reminder":
      return { subject, text: mail([t("reminder.text", { title: m.title }), details, t("reminder.cantCome")]) };
  }
}

type Situation = { state: MeetupState; status: RegistrationStatus | null; startsAt: Date };

/**
 * Whether the mail still makes sense when it goes out: the job may wait (retries, downtime) while
 * the member cancels or the meetup is called off. A mail that no longer fits is dropped.
 */
function stillRelevant(template: MeetupMailTemplate, s: Situation, now: Date): boolean {
  switch (template) {
    case "registration_confirmed":
    case "promoted":
      return s.status === "registered" && s.state === "published";
    case "waitlisted":
      return s.status === "waitlisted" && s.state === "published";
    case "meetup_changed":
      return (s.status === "registered" || s.status === "waitlisted") && s.state === "published";
    case "meetup_cancelled":
      return s.state === "cancelled";
    case "reminder":
      return s.status === "registered" && s.state === "published" && s.startsAt > now;
  }
}

const REMINDER_LEAD_MS = 25 * 3_600_000;

export const sendMeetupMailJob: JobHandler = async (job: ClaimedJob) => {
  if (!isMeetupMailPayload(job.payload)) throw new Error(`malformed ${MEETUP_MAIL_JOB} payload`);
  const { template, meetupId, userId } = job.payload;
  const [row] = await db
    .select({
      title: meetups.title,
      slug: meetups.slug,
      description: meetups.description,
      sequence: meetups.sequence,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      format: meetups.format,
      venueName: meetups.venueName,
      venueAddress: meetups.venueAddress,
      cancelReason: meetups.cancelReason,
      state: meetups.state,
      email: users.email,
      name: users.name,
      locale: users.locale,
      registrationId: meetupRegistrations.id,
      status: meetupRegistrations.status,
    })
    .from(meetups)
    .innerJoin(users, eq(users.id, userId))
    .leftJoin(meetupRegistrations, and(eq(meetupRegistrations.meetupId, meetups.id), eq(meetupRegistrations.userId, users.id)))
    .where(eq(meetups.id, meetupId))
    .limit(1);
  // Meetup or member deleted meanwhile: nobody to tell.
  if (!row || !row.email) return;
  const now = new Date();
  // A reminder for a meetup that was moved to a later date waits until a day before the new date.
  if (template === "reminder" && row.state === "published" && row.startsAt.getTime() - now.getTime() > REMINDER_LEAD_MS) {
    return { postponeUntil: new Date(row.startsAt.getTime() - 24 * 3_600_000) };
  }
  if (!stillRelevant(template, { state: row.state, status: row.status, startsAt: row.startsAt }, now)) return;

  const waitlistPosition = template === "waitlisted" && row.registrationId ? await waitlistPositionOf(db, meetupId, row.registrationId) : null;
  const locale = row.locale === "en" ? "en" : "de";
  const pagePath = `${locale === "en" ? "/en" : ""}/meetups/${row.slug}`;
  const mail = composeMeetupMail(
    template,
    {
      recipientName: row.name,
      title: row.title,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      format: row.format,
      venueName: row.venueName,
      venueAddress: row.venueAddress,
      cancelReason: row.cancelReason,
      url: absoluteUrl(pagePath),
      waitlistPosition,
    },
    locale,
  );
  // A seat confirmed (at once or from the waitlist) comes with the calendar entry.
  const withCalendar = template === "registration_confirmed" || template === "promoted";
  const attachments = withCalendar
    ? [
        {
          filename: `${row.slug}.ics`,
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
          content: buildCalendar([{ ...row, uid: meetupId, status: row.state }], { calName: row.title, pageUrl: (slug) => absoluteUrl(`/meetups/${slug}`) }),
        },
      ]
    : undefined;
  await sendMail({ to: row.email, ...mail, attachments });
};
