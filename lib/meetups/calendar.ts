import { createEvents, type EventAttributes } from "ics";
import { markdownToPlainText } from "@/lib/markdown/render";
import { berlinWallClock, berlinWallTimeToUtc } from "./time";

/** The public facts of a meetup that go into a calendar file: never the online link or participants. */
export type CalendarMeetup = {
  uid: string;
  slug: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  venueAddress: string | null;
  status: "draft" | "published" | "cancelled";
  cancelReason: string | null;
  sequence: number;
};

const PRODUCT_ID = "-//Kommunalnetz//Netzwerktreffen//DE";
const UID_DOMAIN = "kommunalnetz";

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${first}T12:00:00Z`); day.toISOString().slice(0, 10) <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

function at(day: string, time: string, fallback: Date): Date {
  const result = berlinWallTimeToUtc(day, time);
  return result.ok ? result.value : fallback;
}

/**
 * One event per Berlin calendar day: a two-day conference is two blocks (09:00–17:00 each), not one
 * 32-hour block. UIDs stay stable across edits (meetup id, plus the day number for multi-day ones).
 */
export function meetupEvents(meetup: CalendarMeetup, pageUrl: string): EventAttributes[] {
  const start = berlinWallClock(meetup.startsAt);
  const end = berlinWallClock(meetup.endsAt);
  const days = daysBetween(start.date, end.date);
  const location = [meetup.venueName, meetup.venueAddress].filter(Boolean).join(", ") || undefined;
  const cancelled = meetup.status === "cancelled";
  // Calendar apps show the description as plain text: the Markdown goes in as what the page shows.
  const description = [cancelled && meetup.cancelReason ? `ABGESAGT: ${meetup.cancelReason}` : null, meetup.description ? markdownToPlainText(meetup.description) : null, pageUrl]
    .filter(Boolean)
    .join("\n\n");
  return days.map((day, index) => {
    const first = index === 0;
    const last = index === days.length - 1;
    const dayStart = first ? meetup.startsAt : at(day, start.time, meetup.startsAt);
    let dayEnd = last ? meetup.endsAt : at(day, end.time, meetup.endsAt);
    // An evening start with an earlier end time (e.g. 18:00 → next day 12:00): the day ends at midnight.
    if (dayEnd <= dayStart) dayEnd = at(day, "23:59", meetup.endsAt);
    return {
      uid: days.length === 1 ? `${meetup.uid}@${UID_DOMAIN}` : `${meetup.uid}-${index + 1}@${UID_DOMAIN}`,
      sequence: meetup.sequence,
      title: days.length === 1 ? meetup.title : `${meetup.title} (${index + 1}/${days.length})`,
      description,
      location,
      url: pageUrl,
      status: cancelled ? "CANCELLED" : "CONFIRMED",
      start: dayStart.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: dayEnd.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      productId: PRODUCT_ID,
    } satisfies EventAttributes;
  });
}

/** An RFC 5545 calendar (UTC times) with a name calendar apps show for a subscription. */
export function buildCalendar(meetups: CalendarMeetup[], options: { calName: string; pageUrl: (slug: string) => string; method?: string }): string {
  const events = meetups.flatMap((m) => meetupEvents(m, options.pageUrl(m.slug)));
  if (events.length === 0) {
    // The ics library refuses an empty list; a feed with nothing upcoming is still a valid calendar.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODUCT_ID}`, "CALSCALE:GREGORIAN", `X-WR-CALNAME:${options.calName}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: options.calName, method: options.method ?? "PUBLISH" });
  if (error || !value) throw error ?? new Error("calendar could not be built");
  return value;
}
