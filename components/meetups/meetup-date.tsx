import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { berlinIsoString } from "@/lib/meetups/time";

const ZONE = "Europe/Berlin";

/** The zone's name at that instant in the reader's language: "MESZ"/"MEZ", "GMT+2"/"GMT+1". */
function zoneName(instant: Date, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: ZONE, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** A meetup's time in Berlin local time, whatever the reader's machine is set to, and saying so. */
export async function MeetupDate({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) {
  const format = await getFormatter();
  const locale = await getLocale();
  const t = await getTranslations("meetups");
  const sameDay = format.dateTime(startsAt, { dateStyle: "short", timeZone: ZONE }) === format.dateTime(endsAt, { dateStyle: "short", timeZone: ZONE });
  const start = format.dateTime(startsAt, { dateStyle: "full", timeStyle: "short", timeZone: ZONE });
  const end = sameDay
    ? format.dateTime(endsAt, { timeStyle: "short", timeZone: ZONE })
    : format.dateTime(endsAt, { dateStyle: "full", timeStyle: "short", timeZone: ZONE });
  return (
    <>
      <time dateTime={berlinIsoString(startsAt)}>
        {start} – {end}
      </time>{" "}
      <span>({t("timeZone", { zone: zoneName(endsAt, locale) })})</span>
    </>
  );
}
