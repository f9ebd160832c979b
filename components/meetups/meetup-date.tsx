import { getFormatter } from "next-intl/server";

/** A meetup's time in Berlin local time, whatever the reader's machine is set to. */
export async function MeetupDate({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) {
  const format = await getFormatter();
  const sameDay = format.dateTime(startsAt, { dateStyle: "short", timeZone: "Europe/Berlin" }) === format.dateTime(endsAt, { dateStyle: "short", timeZone: "Europe/Berlin" });
  const start = format.dateTime(startsAt, { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Berlin" });
  const end = sameDay
    ? format.dateTime(endsAt, { timeStyle: "short", timeZone: "Europe/Berlin" })
    : format.dateTime(endsAt, { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <time dateTime={startsAt.toISOString()}>
      {start} – {end}
    </time>
  );
}
