import { createTranslator } from "next-intl";
import type { MeetupFormat } from "@/db/schema/meetup-enums";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import type { MeetupMailTemplate } from "./mail-jobs";
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
