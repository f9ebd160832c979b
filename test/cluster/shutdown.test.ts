/**
 * Graceful shutdown of a real instance (the production build, `next start`, on Postgres): SIGTERM
 * while a job is under way — a meetup mail to an SMTP server that takes its time to accept it —
 * and while a request is in flight. The instance must finish both, deliver the mail exactly once,
 * close its pool and exit with 0. Integration suite on a server (DATABASE_URL), after the build.
 */
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types
import { startCluster } from "../../scripts/cluster.mjs";

type Cluster = { url: string; instanceUrls: string[]; kill: (index: number, signal?: string) => Promise<{ code: number | null; signal: string | null }>; stop: () => Promise<void> };

const PROXY_PORT = 3280;
const SMTP_DELAY_MS = 3_000;

let cluster: Cluster;
let sql: postgres.Sql;
let admin: postgres.Sql;
let smtp: SMTPServer;
let databaseName: string;
const deliveries: { to: string[]; at: number }[] = [];
let onDelivering: () => void = () => {};
/** Mails to this address take SMTP_DELAY_MS to be accepted; others (the seed's, reminders) go at once. */
let slowRecipient = "";

describe.runIf(process.env.DATABASE_URL)("graceful shutdown on SIGTERM", () => {
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const slow = to.includes(slowRecipient);
        if (slow) onDelivering();
        stream.resume();
        stream.on("end", () =>
          setTimeout(
            () => {
              deliveries.push({ to, at: Date.now() });
              callback();
            },
            slow ? SMTP_DELAY_MS : 0,
          ),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const url = new URL(process.env.DATABASE_URL!);
    databaseName = `${url.pathname.slice(1)}_shutdown`;
    admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
    await admin.unsafe(`create database "${databaseName}"`);
    url.pathname = `/${databaseName}`;
    sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
    cluster = await startCluster({
      databaseUrl: url.toString(),
      port: PROXY_PORT,
      instances: 1,
      quiet: true,
      env: {
        SEED_DEMO: "1",
        JOB_INTERVAL_MS: "200",
        SHUTDOWN_TIMEOUT_MS: "20000",
        SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      },
    });
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
    await sql?.end({ timeout: 2 });
    await admin?.unsafe(`drop database if exists "${databaseName}" with (force)`);
    await admin?.end({ timeout: 2 });
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  }, 60_000);

  it("finishes the job and the request under way, closes its pool and exits with 0", async () => {
    const [registration] = await sql<{ meetupId: string; userId: string; email: string }[]>`
      select r.meetup_id as "meetupId", r.user_id as "userId", u.email
      from meetup_registrations r join meetups m on m.id = r.meetup_id join users u on u.id = r.user_id
      where r.status = 'registered' and m.state = 'published' and u.email is not null limit 1`;
    if (!registration) throw new Error("the demo seed has no registration to mail about");
    // The seed's own mail jobs go first, so that the worker is idle when ours arrives.
    await expect
      .poll(async () => (await sql<{ n: number }[]>`select count(*)::int as n from job_outbox where done_at is null and run_at <= now()`)[0]!.n, { timeout: 30_000 })
      .toBe(0);
    slowRecipient = registration.email;
    const delivering = new Promise<void>((resolve) => (onDelivering = resolve));
    const enqueued = Date.now();
    const [job] = await sql<{ id: number }[]>`
      insert into job_outbox (kind, payload)
      values ('meetup_mail', ${sql.json({ template: "registration_confirmed", meetupId: registration.meetupId, userId: registration.userId })})
      returning id`;
    await delivering;

    // The job is in the middle of its SMTP delivery. A request arrives, then the signal.
    const inFlight = fetch(`${cluster.instanceUrls[0]}/solutions`).then((response) => response.status);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const signalled = Date.now();
    const exit = await cluster.kill(0, "SIGTERM");
    expect(exit).toEqual({ code: 0, signal: null });
    expect(await inFlight).toBe(200);

    // The mail went out once, before the process ended, and the job is marked done (one attempt).
    const toRecipient = deliveries.filter((d) => d.to.includes(registration.email) && d.at > enqueued);
    expect(toRecipient).toHaveLength(1);
    expect(toRecipient[0]!.at).toBeGreaterThan(signalled);
    const [row] = await sql<{ done: boolean; attempts: number; lockedUntil: Date | null }[]>`
      select done_at is not null as done, attempts, locked_until as "lockedUntil" from job_outbox where id = ${job!.id}`;
    expect(row).toMatchObject({ done: true, attempts: 1 });
    // The pool is closed: no connection of the instance is left on the server.
    const [connections] = await sql<{ count: number }[]>`
      select count(*)::int as count from pg_stat_activity where datname = ${databaseName} and application_name = 'kommunalnetz'`;
    expect(connections!.count).toBe(0);
  }, 60_000);
});
