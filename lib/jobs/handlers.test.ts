import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobOutbox, mailOutbox, rateLimits, sessions, users, verificationTokens } from "@/db/schema";
import { jobHandlers, pruneExpiredData, RETENTION_JOB, scheduleRetention } from "./handlers";
import { runDueJobs } from "./worker";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("retention job", () => {
  it("prunes expired sessions and tokens, week-old outbox mails, old done jobs and expired counters, and keeps the rest", async () => {
    const tag = `retention-${Date.now()}`;
    const [user] = await db.insert(users).values({ email: `${tag}@fellbach.de` }).returning({ id: users.id });
    await db.insert(sessions).values([
      { sessionToken: `${tag}-old`, userId: user!.id, expires: daysAgo(1) },
      { sessionToken: `${tag}-live`, userId: user!.id, expires: daysAgo(-1) },
    ]);
    await db.insert(verificationTokens).values([
      { identifier: tag, token: `${tag}-old`, expires: daysAgo(1) },
      { identifier: tag, token: `${tag}-live`, expires: daysAgo(-1) },
    ]);
    await db.insert(mailOutbox).values([
      { to: `${tag}@fellbach.de`, subject: "alt", text: "alt", createdAt: daysAgo(8) },
      { to: `${tag}@fellbach.de`, subject: "neu", text: "neu", createdAt: daysAgo(6) },
    ]);
    await db.insert(jobOutbox).values([
      { kind: "test", dedupeKey: `${tag}-old`, doneAt: daysAgo(31) },
      { kind: "test", dedupeKey: `${tag}-recent`, doneAt: daysAgo(2) },
    ]);
    await db.insert(rateLimits).values([
      { key: `${tag}-old`, points: 3, expire: daysAgo(1) },
      { key: `${tag}-live`, points: 3, expire: daysAgo(-1) },
    ]);

    await pruneExpiredData();

    expect((await db.select({ t: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, user!.id))).map((r) => r.t)).toEqual([`${tag}-live`]);
    expect((await db.select({ t: verificationTokens.token }).from(verificationTokens).where(eq(verificationTokens.identifier, tag))).map((r) => r.t)).toEqual([`${tag}-live`]);
    expect((await db.select({ s: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, `${tag}@fellbach.de`))).map((r) => r.s)).toEqual(["neu"]);
    expect((await db.select({ k: jobOutbox.dedupeKey }).from(jobOutbox).where(inArray(jobOutbox.dedupeKey, [`${tag}-old`, `${tag}-recent`]))).map((r) => r.k)).toEqual([`${tag}-recent`]);
    expect((await db.select({ k: rateLimits.key }).from(rateLimits).where(sql`${rateLimits.key} like ${tag + "%"}`)).map((r) => r.k)).toEqual([`${tag}-live`]);
  });

  it("is enqueued once a day however often it is scheduled, and runs from the worker", async () => {
    const day = new Date("2031-05-04T10:00:00Z");
    await scheduleRetention(day);
    await scheduleRetention(day);
    const rows = await db.select({ id: jobOutbox.id }).from(jobOutbox).where(eq(jobOutbox.dedupeKey, `${RETENTION_JOB}:2031-05-04`));
    expect(rows).toHaveLength(1);
    // Only the retention kind: on a shared test database other files leave more than a batch of due mails.
    await runDueJobs({ [RETENTION_JOB]: jobHandlers[RETENTION_JOB]! });
    const [job] = await db.select({ doneAt: jobOutbox.doneAt, error: jobOutbox.lastError }).from(jobOutbox).where(eq(jobOutbox.id, rows[0]!.id));
    expect(job?.doneAt).toBeInstanceOf(Date);
    expect(job?.error).toBeNull();
  });
});
