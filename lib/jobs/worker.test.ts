import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
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
});
