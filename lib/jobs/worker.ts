import "server-only";
import { logger } from "@/lib/log/logger";
import { claimJobs, completeJob, failJob, postponeJob, releaseJobs, type ClaimedJob } from "./queue";

/** Finishes normally, throws to be retried later, or asks to run again at a later time. */
export type JobHandler = (job: ClaimedJob) => Promise<void | { postponeUntil: Date }>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type RunSummary = { claimed: number; done: number; failed: number; postponed: number; released: number };

/**
 * Claims the due jobs this process has handlers for and runs them one after another. Kinds without
 * a handler stay in the table for an instance that knows them (e.g. during a rolling deploy).
 * Delivery is at least once: a crash after the handler's side effect and before `completeJob`
 * repeats it when the lease expires, so handlers should check whether their work is still needed.
 */
export async function runDueJobs(
  handlers: JobHandlers,
  options: { limit?: number; leaseSeconds?: number; maxAttempts?: number; shouldStop?: () => boolean } = {},
): Promise<RunSummary> {
  const jobs = await claimJobs(options.limit ?? 20, { kinds: Object.keys(handlers), leaseSeconds: options.leaseSeconds });
  const summary: RunSummary = { claimed: jobs.length, done: 0, failed: 0, postponed: 0, released: 0 };
  for (const [index, job] of jobs.entries()) {
    // Stopping (SIGTERM): the job under way finishes, the rest of the batch goes back at once.
    if (options.shouldStop?.()) {
      summary.released = await releaseJobs(jobs.slice(index));
      break;
    }
    try {
      const result = await handlers[job.kind]!(job);
      if (result && "postponeUntil" in result) {
        await postponeJob(job, result.postponeUntil);
        summary.postponed += 1;
      } else {
        await completeJob(job);
        summary.done += 1;
      }
    } catch (error) {
      summary.failed += 1;
      const outcome = await failJob(job, error, { maxAttempts: options.maxAttempts });
      logger().error({ err: error, job: { kind: job.kind, id: job.id, attempt: job.attempts }, outcome }, "job failed");
    }
  }
  return summary;
}

/**
 * Polls every `intervalMs` (default one minute): first the periodic tasks (e.g. enqueueing
 * reminders), then the due jobs. Safe to start on every instance. Returns a function that stops it:
 * no new jobs are claimed, the claimed and unstarted ones go back to the queue, and the promise it
 * returns resolves when the job under way (if any) has finished.
 */
export function startJobWorker(options: {
  handlers: JobHandlers;
  periodic?: (() => Promise<unknown>)[];
  intervalMs?: number;
}): () => Promise<void> {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  const tick = async () => {
    try {
      for (const task of options.periodic ?? []) {
        if (stopped) return;
        await task();
      }
      // Drain a backlog without waiting a whole interval between batches.
      while (!stopped && (await runDueJobs(options.handlers, { shouldStop: () => stopped })).claimed > 0);
    } catch (error) {
      logger().error({ err: error }, "job worker tick failed");
    }
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        if (!stopped) schedule(options.intervalMs ?? 60_000);
      });
    }, ms);
  };
  schedule(0);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
