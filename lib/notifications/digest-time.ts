import { berlinWallClock, berlinWallTimeToUtc } from "@/lib/meetups/time";
import type { DigestPeriod } from "./settings-rules";

/**
 * Digests cover whole Berlin calendar days and ISO weeks (Monday to Sunday) and go out at 07:00
 * Berlin time after the period ended: the daily one for yesterday every morning, the weekly one for
 * last week on Monday morning. Pure date arithmetic on Intl's time-zone data, never the machine's zone.
 */
export const DIGEST_SEND_TIME = "07:00";

export type DigestWindow = {
  period: DigestPeriod;
  /** The Berlin date ("2026-12-01") or ISO week ("2026-W49") the digest is about. */
  label: string;
  /** Inclusive, Berlin midnight. */
  start: Date;
  /** Exclusive, Berlin midnight. */
  end: Date;
};

const DAY_MS = 86_400_000;
const parseDate = (date: string) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const formatDate = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => formatDate(parseDate(date) + days * DAY_MS);

function berlinMidnight(date: string): Date {
  // Midnight exists on every Berlin day (the clocks change at 02:00/03:00).
  const result = berlinWallTimeToUtc(date, "00:00");
  if (!result.ok) throw new Error(`no midnight on ${date}`);
  return result.value;
}

/** "2026-12-01" → its ISO week label, "2026-W49" (the week belongs to the year of its Thursday). */
export function isoWeekLabel(date: string): string {
  const day = parseDate(date);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function dailyWindow(date: string): DigestWindow {
  return { period: "daily", label: date, start: berlinMidnight(date), end: berlinMidnight(addDays(date, 1)) };
}

/** The ISO week starting on that Monday. */
export function weeklyWindow(monday: string): DigestWindow {
  return { period: "weekly", label: isoWeekLabel(monday), start: berlinMidnight(monday), end: berlinMidnight(addDays(monday, 7)) };
}

/**
 * The periods whose digest is due at `now`: the latest ended day and week whose 07:00 has passed,
 * and the one before each (so a day of downtime over 07:00 still gets its digest; the dedupe keys
 * make the repeat harmless).
 */
export function dueDigestWindows(now: Date): DigestWindow[] {
  const { date: today, time } = berlinWallClock(now);
  const sentToday = time >= DIGEST_SEND_TIME;
  const lastDay = addDays(today, sentToday ? -1 : -2);
  const weekday = (new Date(parseDate(today)).getUTCDay() + 6) % 7;
  const thisMonday = addDays(today, -weekday);
  const lastMonday = addDays(thisMonday, weekday === 0 && !sentToday ? -14 : -7);
  return [dailyWindow(addDays(lastDay, -1)), dailyWindow(lastDay), weeklyWindow(addDays(lastMonday, -7)), weeklyWindow(lastMonday)];
}
