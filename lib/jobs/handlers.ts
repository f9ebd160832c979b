import "server-only";
import { lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox, rateLimits, searchMisses, sessions, verificationTokens } from "@/db/schema";
import { MISS_DAYS_SHOWN, missDayAgo } from "@/lib/search/queries";
import { HANDOVER_MAIL_JOB } from "@/lib/handover/jobs";
import { sendHandoverMailJob } from "@/lib/handover/mail";
import { INBOUND_MAIL_POLL_JOB, pollInboundMailbox } from "@/lib/inbound-mail/jobs";
import { MEETUP_MAIL_JOB } from "@/lib/meetups/jobs";
import { APPLICATION_MAIL_JOB } from "@/lib/membership/jobs";
import { sendApplicationMailJob } from "@/lib/membership/mail";
import { sendMeetupMailJob } from "@/lib/meetups/mail";
import { MODERATION_MAIL_JOB } from "@/lib/moderation/jobs";
import { sendModerationMailJob } from "@/lib/moderation/mail";
import { DIGEST_JOB, DIGEST_SCHEDULE_JOB, scheduleDigestsJob, sendDigestJob } from "@/lib/notifications/digest-jobs";
import { sendNotificationMailsJob } from "@/lib/notifications/mail";
import { NOTIFICATIONS_MAIL_JOB, notificationJobHandlers } from "@/lib/notifications/jobs";
import { enqueueJob, pruneDoneJobs } from "./queue";
import type { JobHandlers } from "./worker";

export const RETENTION_JOB = "retention";

/** Outbox mails (sign-in links, meetup mails with names and places) are kept this long. */
export const OUTBOX_RETENTION_DAYS = 7;

/**
 * Deletes what nobody needs any more: expired sessions and sign-in tokens, outbox mails older than
 * a week, finished jobs (after 30 days, well past every dedupe window), expired rate-limit counters
 * and zero-result search counts older than the 90 days /admin/search shows.
 */
export async function pruneExpiredData(): Promise<Record<string, number>> {
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    sessions: await count(db.delete(sessions).where(lt(sessions.expires, sql`now()`)).returning({ t: sessions.sessionToken })),
    verificationTokens: await count(db.delete(verificationTokens).where(lt(verificationTokens.expires, sql`now()`)).returning({ t: verificationTokens.token })),
    outbox: await count(
      db.delete(mailOutbox).where(lt(mailOutbox.createdAt, sql`now() - make_interval(days => ${OUTBOX_RETENTION_DAYS})`)).returning({ id: mailOutbox.id }),
    ),
    jobs: await pruneDoneJobs(),
    rateLimits: await count(db.delete(rateLimits).where(lt(rateLimits.expire, sql`now()`)).returning({ k: rateLimits.key })),
    searchMisses: await count(db.delete(searchMisses).where(lt(searchMisses.day, missDayAgo(MISS_DAYS_SHOWN))).returning({ q: searchMisses.query })),
  };
}

/** Enqueues the retention job once a day, however many instances poll (the dedupe key holds the date). */
export async function scheduleRetention(now = new Date()): Promise<void> {
  await enqueueJob(db, { kind: RETENTION_JOB, payload: {}, dedupeKey: `${RETENTION_JOB}:${now.toISOString().slice(0, 10)}` });
}

/** Every job kind this app knows; pass to runDueJobs / startJobWorker. */
export const jobHandlers: JobHandlers = {
  [MEETUP_MAIL_JOB]: sendMeetupMailJob,
  [MODERATION_MAIL_JOB]: sendModerationMailJob,
  [APPLICATION_MAIL_JOB]: sendApplicationMailJob,
  [HANDOVER_MAIL_JOB]: sendHandoverMailJob,
  ...notificationJobHandlers,
  [NOTIFICATIONS_MAIL_JOB]: sendNotificationMailsJob,
  [DIGEST_SCHEDULE_JOB]: scheduleDigestsJob,
  [DIGEST_JOB]: sendDigestJob,
  [INBOUND_MAIL_POLL_JOB]: async () => {
    await pollInboundMailbox();
  },
  [RETENTION_JOB]: async () => {
    await pruneExpiredData();
  },
};
