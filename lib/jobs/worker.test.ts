import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { enqueueJob } from "./queue";
import { startJobWorker } from "./worker";

const kind = `worker_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe("startJobWorker", () => {
  it("runs the periodic tasks, then the jobs they enqueued, until stopped", async () => {
    const handled: unknown[] = [];
    let ticks = 0;
    const stop = startJobWorker({
      intervalMs: 20,
      periodic: [
        async () => {
          ticks += 1;
          await enqueueJob(db, { kind, payload: { tick: ticks }, dedupeKey: `${kind}:${Math.min(ticks, 2)}` });
        },
      ],
      handlers: {
        [kind]: async (job) => {
          handled.push(job.payload);
        },
      },
    });
    await expect.poll(() => ticks, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    stop();
    const ticksAtStop = ticks;
    // The dedupe key let two of the enqueued jobs through, each handled once.
    expect(handled).toEqual([{ tick: 1 }, { tick: 2 }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ticks).toBeLessThanOrEqual(ticksAtStop + 1);
  });

  it("stops taking jobs at once and resolves its stop when the job under way is done", async () => {
    const slowKind = `${kind}_slow`;
    const first = await enqueueJob(db, { kind: slowKind, payload: { n: 1 } });
    const second = await enqueueJob(db, { kind: slowKind, payload: { n: 2 } });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const finished: unknown[] = [];
    const stop = startJobWorker({
      intervalMs: 20,
      handlers: {
        [slowKind]: async (job) => {
          started();
          await new Promise((resolve) => setTimeout(resolve, 300));
          finished.push(job.payload);
        },
      },
    });
    await running;
    await stop();
    // The job under way ran to its end before stop() resolved; the second one was given back.
    expect(finished).toEqual([{ n: 1 }]);
    const rows = await queryRows<{ id: number; done: boolean; locked: boolean }>(
      sql`select id, done_at is not null as done, locked_until is not null and locked_until > now() as locked from job_outbox where id in (${first}, ${second}) order by id`,
    );
    expect(rows.map(({ done, locked }) => ({ done, locked }))).toEqual([
      { done: true, locked: false },
      { done: false, locked: false },
    ]);
  });
});
