import type { MeetupFormat } from "@/db/schema/meetup-enums";
import type { MeetupMailTemplate } from "./mail-jobs";
import { formatBerlinDateTime } from "./time";

// Plain German for now; the lead moves these into messages/*.json with the member's locale.

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

const when = (m: MeetupMailData) =>
  `${formatBerlinDateTime(m.startsAt, "de", { dateStyle: "full", timeStyle: "short" })} bis ${formatBerlinDateTime(m.endsAt, "de", { dateStyle: "full", timeStyle: "short" })}`;

const where = (m: MeetupMailData) => {
  const place = [m.venueName, m.venueAddress].filter(Boolean).join(", ");
  if (m.format === "online") return "Online (den Zugangslink finden Sie auf der Seite des Treffens)";
  if (m.format === "hybrid") return `${place} oder online`;
  return place;
};

const details = (m: MeetupMailData) => `Wann: ${when(m)}\nWo: ${where(m)}\n\n${m.url}`;

export function composeMeetupMail(template: MeetupMailTemplate, m: MeetupMailData): { subject: string; text: string } {
  const hello = m.recipientName ? `Hallo ${m.recipientName},` : "Hallo,";
  const bye = "\n\nViele Grüße\nKommunalnetz";
  switch (template) {
    case "registration_confirmed":
      return { subject: `Anmeldung bestätigt: ${m.title}`, text: `${hello}\n\nSie sind für „${m.title}“ angemeldet.\n\n${details(m)}${bye}` };
    case "waitlisted":
      return {
        subject: `Warteliste: ${m.title}`,
        text: `${hello}\n\n„${m.title}“ ist ausgebucht. Sie stehen auf der Warteliste${m.waitlistPosition ? ` (Platz ${m.waitlistPosition})` : ""}. Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.\n\n${details(m)}${bye}`,
      };
    case "promoted":
      return { subject: `Sie haben einen Platz: ${m.title}`, text: `${hello}\n\nEin Platz ist frei geworden: Sie sind jetzt für „${m.title}“ angemeldet.\n\n${details(m)}${bye}` };
    case "meetup_changed":
      return { subject: `Geändert: ${m.title}`, text: `${hello}\n\nZeit oder Ort von „${m.title}“ haben sich geändert. So sieht es jetzt aus:\n\n${details(m)}${bye}` };
    case "meetup_cancelled":
      return {
        subject: `Abgesagt: ${m.title}`,
        text: `${hello}\n\n„${m.title}“ am ${formatBerlinDateTime(m.startsAt, "de", { dateStyle: "full", timeStyle: "short" })} wurde abgesagt.${m.cancelReason ? `\n\nGrund: ${m.cancelReason}` : ""}\n\n${m.url}${bye}`,
      };
    case "reminder":
      return { subject: `Erinnerung: ${m.title}`, text: `${hello}\n\nbald ist es so weit: Sie sind für „${m.title}“ angemeldet.\n\n${details(m)}\n\nFalls Sie nicht kommen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann.${bye}` };
  }
}
