import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { jobOutbox, meetupRegistrations, meetups } from "@/db/schema";
import { MEETUP_MAIL_JOB } from "./mail-jobs";

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
