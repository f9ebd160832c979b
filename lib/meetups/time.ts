// Meetups are entered and shown in Europe/Berlin wall-clock time and stored as UTC instants.
// Only the Intl time-zone data is used, never the machine's own zone (the tests run in New York).

export const MEETUP_TIME_ZONE = "Europe/Berlin";

export type WallClock = { date: string; time: string };
export type WallClockError = "errors.meetups.dateInvalid" | "errors.meetups.timeInvalid" | "errors.meetups.timeDoesNotExist";
export type WallClockResult = { ok: true; value: Date } | { ok: false; error: WallClockError };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: MEETUP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function berlinParts(instant: Date) {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** Minutes Berlin is ahead of UTC at that instant: 60 in winter (CET), 120 in summer (CEST). */
export function berlinOffsetMinutes(instant: Date): number {
  const p = berlinParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = instant.getTime() - (instant.getTime() % 1000);
  return Math.round((wall - whole) / MINUTE);
}

/**
 * "2027-03-28" + "10:00" in Berlin → the UTC instant.
 *
 * On the last Sunday of March the clocks jump from 02:00 to 03:00: 02:00–02:59 does not exist and
 * is rejected with `errors.meetups.timeDoesNotExist` (we do not guess what the organiser meant).
 * On the last Sunday of October 02:00–02:59 happens twice; we take the first occurrence, still in
 * summer time (+02:00), because a meeting planned "at 02:30" that night is planned before the clocks
 * go back. `berlinWallClock` of the second occurrence (02:30 CET) therefore does not round-trip.
 */
export function berlinWallTimeToUtc(date: string, time: string): WallClockResult {
  const d = DATE.exec(date);
  if (!d) return { ok: false, error: "errors.meetups.dateInvalid" };
  const t = TIME.exec(time);
  if (!t) return { ok: false, error: "errors.meetups.timeInvalid" };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  // Date.UTC quietly turns 30 February into 2 March; a real calendar date survives the round trip.
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, error: "errors.meetups.dateInvalid" };
  }

  // The offset a day before and a day after covers both sides of any transition on that date.
  const offsets = [...new Set([berlinOffsetMinutes(new Date(asUtc - DAY)), berlinOffsetMinutes(new Date(asUtc + DAY))])];
  const candidates = offsets
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => berlinOffsetMinutes(new Date(instant)) * MINUTE === asUtc - instant)
    // The earliest instant is the first occurrence of an ambiguous wall time.
    .sort((a, b) => a - b);
  if (candidates.length === 0) return { ok: false, error: "errors.meetups.timeDoesNotExist" };
  return { ok: true, value: new Date(candidates[0]!) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The UTC instant as Berlin form values: `{ date: "2027-03-28", time: "10:00" }` (seconds dropped). */
export function berlinWallClock(instant: Date): WallClock {
  const p = berlinParts(instant);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** ISO 8601 with Berlin's offset at that instant, e.g. "2027-03-28T10:00:00+02:00" (for `<time dateTime>`). */
export function berlinIsoString(instant: Date): string {
  const { date, time } = berlinWallClock(instant);
  const offset = berlinOffsetMinutes(instant);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${date}T${time}:${pad(berlinParts(instant).second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Human-readable date and time in Berlin with the zone's short name, so that a reader elsewhere
 * sees which clock is meant: "28.03.2027, 10:00 MESZ" (de), "28 Mar 2027, 10:00 CEST" (en-GB).
 */
export function formatBerlinDateTime(
  instant: Date,
  locale: string,
  options: Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle"> = { dateStyle: "medium", timeStyle: "short" },
): string {
  const base = new Intl.DateTimeFormat(locale, { ...options, timeZone: MEETUP_TIME_ZONE }).format(instant);
  const zone = new Intl.DateTimeFormat(locale, { timeZone: MEETUP_TIME_ZONE, timeZoneName: "short" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  return zone ? `${base} ${zone}` : base;
}

/** Attendance can be recorded from the start on (markAttendance checks the same). */
export function hasStarted(startsAt: Date, now: Date = new Date()): boolean {
  return startsAt <= now;
}
