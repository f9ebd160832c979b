/**
 * Server mode as operators run it: two app instances (the production build) on one Postgres behind
 * nginx — on a Postgres cluster this test starts on a port of its own, so that it can stop the
 * database under the running app. Runs in the integration suite on a server (DATABASE_URL set,
 * `.ci/run`), after `npm run build`; needs Debian's nginx.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types
import { startCluster } from "../../scripts/cluster.mjs";
// @ts-expect-error plain ES module without types
import { startPrivatePostgres } from "../../scripts/private-postgres.mjs";

type Cluster = { url: string; instanceUrls: string[]; kill: (index: number, signal?: string) => Promise<unknown>; stop: () => Promise<void> };
type PrivatePostgres = { url: string; start: () => void; stop: () => void; destroy: () => void };

const PG_PORT = 5499;
const PROXY_PORT = 3290;
const API_LIMIT = 40;

let database: PrivatePostgres;
let cluster: Cluster;
let sql: postgres.Sql;

describe.runIf(process.env.DATABASE_URL)("two instances behind nginx on one Postgres", () => {
  beforeAll(async () => {
    database = startPrivatePostgres({ port: PG_PORT });
    const admin = postgres(database.url, { max: 1, onnotice: () => {} });
    await admin.unsafe("create database kommunalnetz");
    await admin.end();
    const databaseUrl = database.url.replace(/\/postgres$/, "/kommunalnetz");
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    cluster = await startCluster({
      databaseUrl,
      port: PROXY_PORT,
      quiet: true,
      env: { JOB_INTERVAL_MS: "200", RATE_LIMIT_API_PER_IP: String(API_LIMIT), SEED_DEMO: "1" },
    });
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
    await sql?.end({ timeout: 2 });
    database?.destroy();
  }, 60_000);

  it("accepts a sign-in link requested on one instance on the other, and the session on both", async () => {
    const [a, b] = cluster.instanceUrls as [string, string];
    const email = `cluster-${randomUUID()}@kommunalnetz.test`;
    const jar = new Map<string, string>();
    const remember = (response: Response) => {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(";");
        const [name, ...value] = pair!.split("=");
        jar.set(name!, value.join("="));
      }
    };
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

    const csrf = await fetch(`${a}/api/auth/csrf`);
    remember(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const requested = await fetch(`${a}/api/auth/signin/email`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/" }),
    });
    expect(requested.status).toBe(302);
    expect(requested.headers.get("location")).toContain("verify");

    const [mail] = await sql<{ text: string }[]>`select text from mail_outbox where "to" = ${email} order by id desc limit 1`;
    const link = /https?:\/\/[^/\s]+\/api\/auth\/callback\/email\?\S+/.exec(mail?.text ?? "")?.[0];
    if (!link) throw new Error(`no sign-in link in the mail: ${mail?.text}`);
    // Built from APP_URL, the proxy's address. (Next.js' request URL spells a loopback 127.0.0.1 as
    // localhost; with a real host name the configured name is kept, see the security tests.)
    expect(link, "the mailed link points at the proxy").toMatch(new RegExp(`^http://(?:127\\.0\\.0\\.1|localhost):${PROXY_PORT}/`));
    const onB = link!.replace(/^http:\/\/(?:127\.0\.0\.1|localhost):\d+/, b);
    expect(onB.startsWith(`${b}/`)).toBe(true);
    const callback = await fetch(onB, { redirect: "manual", headers: { cookie: cookieHeader() } });
    expect(callback.status).toBe(302);
    remember(callback);
    expect([...jar.keys()]).toContain("authjs.session-token");

    for (const instance of [a, b, cluster.url]) {
      const session = await fetch(`${instance}/api/auth/session`, { headers: { cookie: cookieHeader() } });
      expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(email);
    }
  });

  it("runs each of 100 jobs exactly once and a job enqueued 100 times once, with both instances polling", async () => {
    const kind = "meetup_mail";
    const batch = randomUUID();
    // A meetup that does not exist: the handler finds nobody to mail and completes the job.
    const payload = (i: number) => ({ template: "reminder", meetupId: randomUUID(), userId: `cluster-${batch}-${i}` });
    for (let i = 0; i < 100; i++) {
      await sql`insert into job_outbox (kind, payload) values (${kind}, ${sql.json(payload(i))})`;
    }
    const twice = Array.from({ length: 100 }, () =>
      sql`insert into job_outbox (kind, payload, dedupe_key) values (${kind}, ${sql.json(payload(-1))}, ${`cluster-once-${batch}`}) on conflict (dedupe_key) do nothing`,
    );
    await Promise.all(twice);

    const deadline = Date.now() + 60_000;
    let rows: { attempts: number; done: boolean }[] = [];
    while (Date.now() < deadline) {
      rows = await sql<{ attempts: number; done: boolean }[]>`
        select attempts, done_at is not null as done from job_outbox
        where kind = ${kind} and payload->>'userId' like ${`cluster-${batch}-%`}`;
      if (rows.length === 101 && rows.every((row) => row.done)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(rows).toHaveLength(101);
    expect(rows.every((row) => row.done && row.attempts === 1)).toBe(true);
  }, 90_000);

  it("holds a per-IP rate limit across both instances", async () => {
    // nginx alternates between the instances; the limit counts in Postgres, so it is one limit.
    const statuses: number[] = [];
    for (let i = 0; i < API_LIMIT + 5; i++) statuses.push((await fetch(`${cluster.url}/api/v1/services?pageSize=1`)).status);
    expect(statuses.slice(0, API_LIMIT - 5).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(API_LIMIT)).toEqual(Array(5).fill(429));
  });

  it("serves public pages from each instance's cache and shows a change on both within 5 s", async () => {
    const [solution] = await sql<{ slug: string }[]>`
      select slug from solutions where state = 'published' and visibility = 'public' and hidden_at is null order by slug limit 1`;
    const page = (instance: string) => fetch(`${instance}/solutions/${solution!.slug}`);
    for (const instance of cluster.instanceUrls) {
      await page(instance);
      const again = await page(instance);
      expect(again.headers.get("x-page-cache"), instance).toBe("hit");
      expect(await again.text()).toContain(`/solutions/${solution!.slug}`);
      // A member's request never gets the cached page.
      const member = await fetch(`${instance}/solutions/${solution!.slug}`, { headers: { cookie: "authjs.session-token=not-a-session" } });
      expect(member.headers.get("x-page-cache")).toBeNull();
    }
    // An edit, written by whichever instance (here: straight into the database both share).
    const changed = `Geändert ${randomUUID().slice(0, 8)}`;
    await sql`update solutions set title = ${changed} where slug = ${solution!.slug}`;
    const written = Date.now();
    const seenAfter: number[] = [];
    for (const instance of cluster.instanceUrls) {
      while (!(await (await page(instance)).text()).includes(changed) && Date.now() - written < 10_000) await new Promise((resolve) => setTimeout(resolve, 100));
      seenAfter.push(Date.now() - written);
    }
    // Each instance renders a page again once it is 3 s old (PAGE_CACHE_SECONDS).
    expect(Math.max(...seenAfter), `seen after ${seenAfter.join(" and ")} ms`).toBeLessThan(5_000);
  }, 60_000);

  it("answers 503 while the database is down and recovers by itself when it is back", async () => {
    database.stop();
    const stopped = Date.now();
    try {
      for (const instance of cluster.instanceUrls) {
        // Within 2 s of the outage every page is the translated 503 page.
        let page = await fetch(`${instance}/solutions`, { signal: AbortSignal.timeout(10_000) });
        while (page.status !== 503 && Date.now() - stopped < 2_000) page = await fetch(`${instance}/solutions`, { signal: AbortSignal.timeout(10_000) });
        const started = Date.now();
        expect(page.status).toBe(503);
        expect(await page.text()).toContain("vorübergehend");
        const api = await fetch(`${instance}/api/v1/solutions`, { signal: AbortSignal.timeout(10_000) });
        expect(api.status).toBe(503);
        expect(api.headers.get("content-type")).toContain("application/json");
        expect(Date.now() - started).toBeLessThan(6_000);
        expect((await fetch(`${instance}/api/ready`)).status).toBe(503);
        expect((await fetch(`${instance}/api/health`)).status).toBe(200);
      }
    } finally {
      database.start();
    }
    for (const instance of cluster.instanceUrls) {
      const deadline = Date.now() + 30_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = (await fetch(`${instance}/solutions`).catch(() => null))?.status ?? 0;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status).toBe(200);
    }
  }, 120_000);

  it("fails over when an instance dies during a load run, losing no request that had not reached it", async () => {
    let failed = 0;
    let done = 0;
    const worker = async (until: number) => {
      while (Date.now() < until) {
        const response = await fetch(`${cluster.url}/api/health`).catch(() => null);
        if (response?.status === 200) done += 1;
        else failed += 1;
      }
    };
    const until = Date.now() + 4_000;
    const load = Promise.all(Array.from({ length: 4 }, () => worker(until)));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await cluster.kill(1);
    await load;
    expect(done).toBeGreaterThan(50);
    // At most the requests that were in flight on the killed instance (one per load worker).
    expect(failed).toBeLessThanOrEqual(4);
    expect((await fetch(`${cluster.url}/solutions`)).status).toBe(200);
  }, 60_000);
});
