import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { GET as ready } from "@/app/api/ready/route";
import { enqueueJob } from "@/lib/jobs/queue";
import { consumeLimits } from "@/lib/rate-limits/mutations";

const scrape = (authorization?: string) =>
  metricsRoute(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

describe("GET /api/ready", () => {
  it("is ready on a migrated database and not ready while this build's newest migration is missing", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", migrations: "ok" });

    const [newest] = await queryRows<{ id: number; hash: string; created_at: string }>(
      sql`select id, hash, created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    await db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${newest!.id}`);
    try {
      const pending = await ready();
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: "error", db: "ok", migrations: "pending" });
    } finally {
      await db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest!.id}, ${newest!.hash}, ${newest!.created_at})`);
    }
  });
});

describe("GET /api/metrics", () => {
  afterEach(() => {
    delete process.env.METRICS_TOKEN;
  });

  it("does not exist without METRICS_TOKEN and refuses a missing or wrong token", async () => {
    expect((await scrape("Bearer anything")).status).toBe(404);
    process.env.METRICS_TOKEN = "metrics-secret-for-tests";
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer metrics-secret-for-test")).status).toBe(401);
    expect((await scrape("metrics-secret-for-tests")).status).toBe(401);
  });

  it("reports the job queue, the outbox and rate-limit refusals from the database and this process", async () => {
    process.env.METRICS_TOKEN = "metrics-secret-for-tests";
    const kind = `metrics-test-${Date.now()}`;
    await enqueueJob(db, { kind, payload: {}, runAt: new Date(Date.now() - 120_000) });
    // The same event until the sign-in limit per address (5 an hour by default) refuses one.
    const key = `metrics-${Date.now()}@example.org`;
    let refused = false;
    for (let i = 0; i < 10 && !refused; i++) refused = !(await consumeLimits([{ name: "signInEmail", key }])).ok;
    expect(refused).toBe(true);

    const response = await scrape("Bearer metrics-secret-for-tests");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const body = await response.text();
    const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(body)?.[1]);
    expect(value("job_queue_due")).toBeGreaterThanOrEqual(1);
    expect(value("job_queue_oldest_due_age_seconds")).toBeGreaterThanOrEqual(119);
    expect(body).toMatch(/^mail_outbox_unsent \d+$/m);
    expect(body).toMatch(/^rate_limit_refusals_total\{limit="signInEmail"\} [1-9]/m);
    expect(body).toContain("# TYPE http_request_duration_seconds histogram");
    expect(body).toContain("process_resident_memory_bytes");
    await db.execute(sql`delete from job_outbox where kind = ${kind}`);
  });
});
