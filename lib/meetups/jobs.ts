import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { jobOutbox, meetupRegistrations, meetups } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";

/** Job kind of every meetup mail; the payload names the template and the recipient. */
export const MEETUP_MAIL_JOB = "meetup_mail";

export const meetupMailTemplates = [
  "registration_confirmed",
  "waitlisted",
  "promoted",
  "meetup_changed",
  "meetup_cancelled",
  "reminder",
] as const;
export type MeetupMailTemplate = (typeof meetupMailTemplates)[number];

/** Ids only: the address and the meetup's details are read when the mail goes out, so they are current. */
export type MeetupMailPayload = { template: MeetupMailTemplate; meetupId: string; userId: string };

export function isMeetupMailPayload(payload: unknown): payload is MeetupMailPayload {
  const p = payload as Partial<MeetupMailPayload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    meetupMailTemplates.includes(p.template as MeetupMailTemplate) &&
    typeof p.meetupId === "string" &&
    typeof p.userId === "string"
  );
}

/** Enqueue inside the transaction that makes the change the mail reports. */
export function enqueueMeetupMail(tx: Executor, payload: MeetupMailPayload, dedupeKey?: string) {
  return enqueueJob(tx, { kind: MEETUP_MAIL_JOB, payload, dedupeKey });
}

/**
 * Enqueues one "reminder" mail per member holding a seat in a published meetup that starts within
 * the next 25 hours, with the dedupe key `reminder:<meetupId>:<userId>`: however often this runs,
 * on however many instances at once, each member is reminded once. Call it from a periodic task
 * (every few minutes); the mail then goes out about 24–25 hours before the start.
 *
 * Two choices beyond the bare window: after downtime, meetups that start sooner are still covered
 * (a late reminder beats none), and members who registered less than 24 hours before the start are
 * skipped (their confirmation mail is fresh). Returns how many reminders were newly enqueued.
 */
export async function scheduleMeetupReminders(): Promise<number> {
  const rows = await queryRows<{ id: unknown }>(sql`
    insert into ${jobOutbox} (kind, payload, run_at, dedupe_key)
    select ${MEETUP_MAIL_JOB},
           jsonb_build_object('template', 'reminder', 'meetupId', m.id, 'userId', r.user_id),
           now(),
           'reminder:' || m.id || ':' || r.user_id
    from ${meetups} m
    join ${meetupRegistrations} r on r.meetup_id = m.id
    where m.state = 'published'
      and r.status = 'registered'
      and m.starts_at > now()
      and m.starts_at <= now() + interval '25 hours'
      and r.created_at <= m.starts_at - interval '24 hours'
    on conflict (dedupe_key) do nothing
    returning id`);
  return rows.length;
}
