import "server-only";
import { sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { jobOutbox, notifications, notificationSettings } from "@/db/schema";
import { enqueueJob, type ClaimedJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { dueDigestWindows, type DigestWindow } from "./digest-time";
import { sendDigest } from "./mail";
import { DEFAULT_DELIVERIES, digestPeriods, type DigestPeriod } from "./settings-rules";

/** Finds the members who have something for one period's digest and enqueues a digest job for each. */
export const DIGEST_SCHEDULE_JOB = "notifications.digest-schedule";
/** One member's digest of one period. */
export const DIGEST_JOB = "notifications.digest";

type WindowPayload = { period: DigestPeriod; label: string; start: string; end: string };
type DigestPayload = WindowPayload & { memberId: string };

const toPayload = (w: DigestWindow): WindowPayload => ({ period: w.period, label: w.label, start: w.start.toISOString(), end: w.end.toISOString() });

function isWindowPayload(payload: unknown): payload is WindowPayload {
  const p = payload as Partial<WindowPayload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    digestPeriods.includes(p.period as DigestPeriod) &&
    typeof p.label === "string" &&
    typeof p.start === "string" &&
    typeof p.end === "string" &&
    !Number.isNaN(Date.parse(p.start)) &&
    !Number.isNaN(Date.parse(p.end))
  );
}

/**
 * The periodic task (every worker tick, on every instance): enqueues one schedule job per due
 * period, deduplicated by period, so the search for recipients runs once per period across all
 * instances and restarts. Cheap when nothing is due: a few inserts that conflict.
 */
export async function scheduleDigests(now = new Date()): Promise<void> {
  for (const window of dueDigestWindows(now)) {
    await enqueueJob(db, { kind: DIGEST_SCHEDULE_JOB, payload: toPayload(window), dedupeKey: `digest-schedule:${window.period}:${window.label}` });
  }
}

// A member's delivery for a notification's kind, in SQL: their row, else the default.
const effectiveDelivery = sql.raw(
  `coalesce(s.delivery::text, case n.kind ${Object.entries(DEFAULT_DELIVERIES)
    .map(([kind, delivery]) => `when '${kind}' then '${delivery}'`)
    .join(" ")} end)`,
);

/**
 * Enqueues a digest job for every member with an unread notification in the period whose kind
 * they get in this digest. Idempotent: the dedupe key names member and period
 * (`digest:daily:<memberId>:2026-12-01`, `digest:weekly:<memberId>:2026-W49`), one digest each, ever.
 */
export async function enqueueDigests(window: WindowPayload): Promise<number> {
  const rows = await queryRows<{ id: unknown }>(sql`
    insert into ${jobOutbox} (kind, payload, run_at, dedupe_key)
    select ${DIGEST_JOB},
           jsonb_build_object('memberId', n.recipient_id, 'period', ${window.period}::text, 'label', ${window.label}::text,
                              'start', ${window.start}::text, 'end', ${window.end}::text),
           now(),
           'digest:' || ${window.period}::text || ':' || n.recipient_id || ':' || ${window.label}::text
    from ${notifications} n
    left join ${notificationSettings} s on s.member_id = n.recipient_id and s.kind = n.kind
    where n.created_at >= ${window.start}::timestamptz
      and n.created_at < ${window.end}::timestamptz
      and n.read_at is null
      and ${effectiveDelivery} = ${window.period}
    group by n.recipient_id
    on conflict (dedupe_key) do nothing
    returning id`);
  return rows.length;
}

export const scheduleDigestsJob: JobHandler = async (job: ClaimedJob) => {
  if (!isWindowPayload(job.payload)) throw new Error(`malformed ${DIGEST_SCHEDULE_JOB} payload`);
  await enqueueDigests(job.payload);
};

export const sendDigestJob: JobHandler = async (job: ClaimedJob) => {
  const p = job.payload;
  if (!isWindowPayload(p) || typeof (p as Partial<DigestPayload>).memberId !== "string") throw new Error(`malformed ${DIGEST_JOB} payload`);
  await sendDigest((p as DigestPayload).memberId, { period: p.period, label: p.label, start: new Date(p.start), end: new Date(p.end) });
};
