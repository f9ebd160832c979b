import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { jobOutbox } from "@/db/schema";
import { backoffSeconds, claimJobs, completeJob, enqueueJob, failJob, pruneDoneJobs } from "./queue";
import { logger } from "@/lib/log/logger";
import { runDueJobs } from "./worker";

// Test files share one database on a server run: each test uses job kinds of its own.
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;
const kind = () => `test_${runId}_${++counter}`;

async function jobRow(id: number) {
  const [row] = await db.select().from(jobOutbox).where(eq(jobOutbox.id, id));
  return row!;
}

describe("enqueueJob", () => {
  it("adds a job once per dedupe key, also when both inserts race", async () => {
    const k = kind();
    const key = `once:${runId}`;
    const [a, b] = await Promise.all([enqueueJob(db, { kind: k, payload: { n: 1 }, dedupeKey: key }), enqueueJob(db, { kind: k, payload: { n: 2 }, dedupeKey: key })]);
    expect([a, b].filter((id) => id !== null)).toHaveLength(1);
    expect(await enqueueJob(db, { kind: k, payload: {}, dedupeKey: key })).toBeNull();
    expect(await db.$count(jobOutbox, eq(jobOutbox.kind, k))).toBe(1);
    // Without a key there is no deduplication.
    await enqueueJob(db, { kind: k, payload: {} });
    await enqueueJob(db, { kind: k, payload: {} });
    expect(await db.$count(jobOutbox, eq(jobOutbox.kind, k))).toBe(3);
  });

  it("leaves no job behind when the surrounding transaction rolls back", async () => {
    const k = kind();
    await expect(
      db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: k, payload: {} });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.$count(jobOutbox, eq(jobOutbox.kind, k))).toBe(0);
  });
});

describe("claimJobs", () => {
  it("never hands the same job to two concurrent callers", async () => {
    const k = kind();
    for (let i = 0; i < 30; i++) await enqueueJob(db, { kind: k, payload: { i } });
    const [first, second] = await Promise.all([claimJobs(20, { kinds: [k] }), claimJobs(20, { kinds: [k] })]);
    const ids = [...first, ...second].map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(30);
    expect(await claimJobs(20, { kinds: [k] })).toEqual([]);
    expect([...first, ...second].every((j) => j.attempts === 1)).toBe(true);
  });

  it("takes due jobs oldest first, skips future ones, and takes a job back when its lease ran out", async () => {
    const k = kind();
    const later = await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(Date.now() + 3_600_000) });
    const second = await enqueueJob(db, { kind: k, payload: { order: 2 }, runAt: new Date(Date.now() - 1_000) });
    const first = await enqueueJob(db, { kind: k, payload: { order: 1 }, runAt: new Date(Date.now() - 60_000) });
    const claimed = await claimJobs(10, { kinds: [k] });
    expect(claimed.map((j) => j.id)).toEqual([first, second]);
    expect(claimed[0]?.payload).toEqual({ order: 1 });
    expect(claimed.map((j) => j.id)).not.toContain(later);

    // A worker died: its lease expires and the job comes round again, with a new attempt count.
    await db.update(jobOutbox).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobOutbox.id, first!));
    const again = await claimJobs(10, { kinds: [k] });
    expect(again.map((j) => [j.id, j.attempts])).toEqual([[first, 2]]);
    // The dead worker's late completion no longer counts; the new holder's does.
    expect(await completeJob(claimed[0]!)).toBe(false);
    expect(await completeJob(again[0]!)).toBe(true);
    expect((await jobRow(first!)).doneAt).toBeInstanceOf(Date);
  });
});

describe("failJob", () => {
  it("retries with growing backoff and gives up after the last attempt", async () => {
    expect([1, 2, 3, 20].map(backoffSeconds)).toEqual([30, 60, 120, 21_600]);
    const k = kind();
    const id = (await enqueueJob(db, { kind: k, payload: {} }))!;
    const [job] = await claimJobs(1, { kinds: [k] });
    expect(await failJob(job!, new Error("SMTP down"), { maxAttempts: 2 })).toBe("retry");
    const retried = await jobRow(id);
    expect(retried.doneAt).toBeNull();
    expect(retried.lockedUntil).toBeNull();
    expect(retried.lastError).toContain("SMTP down");
    expect(retried.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(await claimJobs(1, { kinds: [k] })).toEqual([]);

    await db.update(jobOutbox).set({ runAt: sql`now()` }).where(eq(jobOutbox.id, id));
    const [second] = await claimJobs(1, { kinds: [k] });
    expect(await failJob(second!, "still down", { maxAttempts: 2 })).toBe("gave_up");
    const dead = await jobRow(id);
    expect(dead.doneAt).toBeInstanceOf(Date);
    expect(dead.lastError).toBe("still down");
    expect(dead.attempts).toBe(2);
  });
});

describe("pruneDoneJobs", () => {
  it("deletes finished jobs past the retention, keeps recent and open ones", async () => {
    const k = kind();
    const old = (await enqueueJob(db, { kind: k, payload: {}, dedupeKey: `old:${runId}` }))!;
    const recent = (await enqueueJob(db, { kind: k, payload: {} }))!;
    const open = (await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(Date.now() - 90 * 86_400_000) }))!;
    await db.update(jobOutbox).set({ doneAt: sql`now() - interval '31 days'` }).where(eq(jobOutbox.id, old));
    await db.update(jobOutbox).set({ doneAt: sql`now() - interval '29 days'` }).where(eq(jobOutbox.id, recent));
    expect(await pruneDoneJobs()).toBeGreaterThanOrEqual(1);
    const left = await db.select({ id: jobOutbox.id }).from(jobOutbox).where(eq(jobOutbox.kind, k));
    expect(left.map((r) => r.id).sort((a, b) => a - b)).toEqual([recent, open]);
    // With the row gone, its key is free again.
    expect(await enqueueJob(db, { kind: k, payload: {}, dedupeKey: `old:${runId}` })).not.toBeNull();
  });
});

describe("runDueJobs", () => {
  it("runs claimed jobs through their handlers, records failures and leaves unknown kinds alone", async () => {
    const [ok, broken, postponed, unknown] = [kind(), kind(), kind(), kind()];
    const okId = (await enqueueJob(db, { kind: ok, payload: { n: 7 } }))!;
    const brokenId = (await enqueueJob(db, { kind: broken, payload: {} }))!;
    const postponedId = (await enqueueJob(db, { kind: postponed, payload: {} }))!;
    const unknownId = (await enqueueJob(db, { kind: unknown, payload: {} }))!;
    const seen: unknown[] = [];
    const until = new Date(Date.now() + 3_600_000);
    const logged = vi.spyOn(logger(), "error").mockImplementation(() => {});

    const summary = await runDueJobs({
      [ok]: async (job) => {
        seen.push(job.payload);
      },
      [broken]: async () => {
        throw new Error("kaputt");
      },
      [postponed]: async () => ({ postponeUntil: until }),
    });

    expect(summary).toEqual({ claimed: 3, done: 1, failed: 1, postponed: 1, released: 0 });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(seen).toEqual([{ n: 7 }]);
    const rows = await db.select().from(jobOutbox).where(inArray(jobOutbox.id, [okId, brokenId, postponedId, unknownId]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(okId)?.doneAt).toBeInstanceOf(Date);
    expect(byId.get(brokenId)).toMatchObject({ doneAt: null, attempts: 1 });
    expect(byId.get(brokenId)?.lastError).toContain("kaputt");
    expect(byId.get(postponedId)).toMatchObject({ doneAt: null, lockedUntil: null, lastError: null, runAt: until });
    expect(byId.get(unknownId)).toMatchObject({ doneAt: null, attempts: 0, lockedUntil: null });
  });
});

describe("runDueJobs when the worker stops", () => {
  it("finishes the job under way and gives the rest of the batch back at once, due for another instance", async () => {
    const k = kind();
    const first = (await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(Date.now() - 3_000) }))!;
    const second = (await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(Date.now() - 2_000) }))!;
    const third = (await enqueueJob(db, { kind: k, payload: {}, runAt: new Date(Date.now() - 1_000) }))!;
    let stopping = false;
    const ran: number[] = [];
    const summary = await runDueJobs(
      {
        [k]: async (job) => {
          ran.push(job.id);
          // SIGTERM arrives while the first job runs.
          stopping = true;
        },
      },
      { shouldStop: () => stopping },
    );
    expect(ran).toEqual([first]);
    expect(summary).toMatchObject({ claimed: 3, done: 1, released: 2 });
    // Another instance claims the two at once, without waiting for the five-minute lease.
    const again = await claimJobs(10, { kinds: [k] });
    expect(again.map((job) => job.id).sort((a, b) => a - b)).toEqual([second, third]);
    expect(again.every((job) => job.attempts === 2)).toBe(true);
  });
});
