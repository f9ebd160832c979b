import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { jobOutbox } from "@/db/schema";

export type JobPayload = Record<string, unknown>;
export type NewJob = {
  kind: string;
  payload: JobPayload;
  /** Not before this instant; default now. */
  runAt?: Date;
  /** A job with a key that was ever enqueued before is dropped: "do this once", across instances. */
  dedupeKey?: string;
};

/** A job leased to one worker. `attempts` doubles as the lease's fencing token, see completeJob. */
export type ClaimedJob = { id: number; kind: string; payload: JobPayload; attempts: number; runAt: Date };

export const DEFAULT_LEASE_SECONDS = 5 * 60;
export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * Adds a job. Pass the transaction that makes the change the job reports on (transactional outbox):
 * the job exists exactly when the change was committed. Returns the id, or null when the dedupe key
 * was taken already.
 */
export async function enqueueJob(executor: Executor, job: NewJob): Promise<number | null> {
  const [row] = await executor
    .insert(jobOutbox)
    .values({ kind: job.kind, payload: job.payload, runAt: job.runAt ?? sql`now()`, dedupeKey: job.dedupeKey ?? null })
    .onConflictDoNothing({ target: jobOutbox.dedupeKey })
    .returning({ id: jobOutbox.id });
  return row?.id ?? null;
}

/**
 * Leases up to `limit` due jobs to the caller for `leaseSeconds`. Concurrent callers (other
 * requests, other instances) skip the rows one of them is taking, and a row taken and committed is
 * no longer due, so no job is handed out twice while its lease runs. A worker that dies lets the
 * lease expire and the job comes round again.
 */
export async function claimJobs(
  limit: number,
  options: { kinds?: readonly string[]; leaseSeconds?: number } = {},
): Promise<ClaimedJob[]> {
  if (limit < 1 || options.kinds?.length === 0) return [];
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const due = db
    .select({ id: jobOutbox.id })
    .from(jobOutbox)
    .where(
      and(
        isNull(jobOutbox.doneAt),
        lte(jobOutbox.runAt, sql`now()`),
        or(isNull(jobOutbox.lockedUntil), lt(jobOutbox.lockedUntil, sql`now()`)),
        options.kinds ? inArray(jobOutbox.kind, [...options.kinds]) : undefined,
      ),
    )
    .orderBy(asc(jobOutbox.runAt), asc(jobOutbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(jobOutbox)
    .set({
      lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      attempts: sql`${jobOutbox.attempts} + 1`,
    })
    .where(inArray(jobOutbox.id, due))
    .returning({ id: jobOutbox.id, kind: jobOutbox.kind, payload: jobOutbox.payload, attempts: jobOutbox.attempts, runAt: jobOutbox.runAt });
  return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

// A worker whose lease ran out may finish after someone else claimed the job again: only the
// holder of the newest claim (same attempt count) may settle it.
const holdsLease = (job: Pick<ClaimedJob, "id" | "attempts">) => and(eq(jobOutbox.id, job.id), eq(jobOutbox.attempts, job.attempts), isNull(jobOutbox.doneAt));

/** Marks the job done. False when the lease had been lost to another worker. */
export async function completeJob(job: Pick<ClaimedJob, "id" | "attempts">): Promise<boolean> {
  const rows = await db
    .update(jobOutbox)
    .set({ doneAt: sql`now()`, lockedUntil: null, lastError: null })
    .where(holdsLease(job))
    .returning({ id: jobOutbox.id });
  return rows.length > 0;
}

/**
 * Gives claimed jobs back unstarted (an instance shutting down): they are due again at once for
 * another instance instead of waiting for the lease to run out. Only the lease holder can.
 */
export async function releaseJobs(jobs: readonly Pick<ClaimedJob, "id" | "attempts">[]): Promise<number> {
  let released = 0;
  for (const job of jobs) {
    const rows = await db.update(jobOutbox).set({ lockedUntil: null }).where(holdsLease(job)).returning({ id: jobOutbox.id });
    released += rows.length;
  }
  return released;
}

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, … at most 6 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

/**
 * Records a failure and schedules the next attempt with exponential backoff, or gives up after
 * `maxAttempts` (the job is then done with `lastError` set, and stays for inspection).
 */
export async function failJob(
  job: Pick<ClaimedJob, "id" | "attempts">,
  error: unknown,
  options: { maxAttempts?: number } = {},
): Promise<"retry" | "gave_up" | "lost"> {
  const message = (error instanceof Error ? error.stack || error.message : String(error)).slice(0, 4000);
  const giveUp = job.attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const rows = await db
    .update(jobOutbox)
    .set(
      giveUp
        ? { doneAt: sql`now()`, lockedUntil: null, lastError: message }
        : { runAt: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})`, lockedUntil: null, lastError: message },
    )
    .where(holdsLease(job))
    .returning({ id: jobOutbox.id });
  if (rows.length === 0) return "lost";
  return giveUp ? "gave_up" : "retry";
}

/**
 * Puts a job back for later without recording an error, e.g. a reminder whose meetup was moved.
 * The run still counts in `attempts`: the count only ever grows, which keeps it a fencing token.
 */
export async function postponeJob(job: Pick<ClaimedJob, "id" | "attempts">, runAt: Date): Promise<boolean> {
  const rows = await db
    .update(jobOutbox)
    .set({ runAt, lockedUntil: null })
    .where(holdsLease(job))
    .returning({ id: jobOutbox.id });
  return rows.length > 0;
}

/**
 * Deletes finished jobs older than `olderThanDays` (default 30). Their dedupe keys go with them, so
 * keep the age well above any window in which the same key could be enqueued again (reminders: 25 h).
 */
export async function pruneDoneJobs(options: { olderThanDays?: number } = {}): Promise<number> {
  const rows = await db
    .delete(jobOutbox)
    .where(and(isNotNull(jobOutbox.doneAt), lt(jobOutbox.doneAt, sql`now() - make_interval(days => ${options.olderThanDays ?? 30})`)))
    .returning({ id: jobOutbox.id });
  return rows.length;
}
