import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { queryRows } from "@/db/client";

/**
 * The Prometheus metrics of this instance (served at /api/metrics). Kept on globalThis: Next.js
 * evaluates modules in more than one bundle (instrumentation, route handlers, proxy), and all of
 * them must count into the same registry. The database gauges are read when Prometheus scrapes,
 * so they describe the whole installation, whichever instance answers.
 */
type Metrics = {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  rateLimitRefusals: Counter<"limit">;
};

const holder = globalThis as unknown as { __kommunalnetzMetrics?: Metrics };

export function metrics(): Metrics {
  holder.__kommunalnetzMetrics ??= createMetrics();
  return holder.__kommunalnetzMetrics;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer a request, per route pattern (from Next.js' own request spans)",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const rateLimitRefusals = new Counter({
    name: "rate_limit_refusals_total",
    help: "Requests refused by a rate limit, per limit",
    labelNames: ["limit"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "job_queue_due",
    help: "Background jobs that are due and not done",
    registers: [registry],
    async collect() {
      this.set((await databaseFigures()).jobsDue);
    },
  });
  new Gauge({
    name: "job_queue_oldest_due_age_seconds",
    help: "How long the oldest due job has been waiting (0 when none)",
    registers: [registry],
    async collect() {
      this.set((await databaseFigures()).oldestDueSeconds);
    },
  });
  new Gauge({
    name: "mail_outbox_unsent",
    help: "Outbox mails neither sent nor failed (with SMTP_URL: the delivery backlog)",
    registers: [registry],
    async collect() {
      this.set((await databaseFigures()).mailsUnsent);
    },
  });
  new Gauge({
    name: "mail_outbox_failed",
    help: "Outbox mails whose last delivery attempt failed",
    registers: [registry],
    async collect() {
      this.set((await databaseFigures()).mailsFailed);
    },
  });
  new Gauge({
    name: "db_connections",
    help: "Connections to this database by state (pg_stat_activity; every instance's pool)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const [state, count] of Object.entries((await databaseFigures()).connections)) this.set({ state }, count);
    },
  });
  return { registry, httpDuration, rateLimitRefusals };
}

type Figures = { jobsDue: number; oldestDueSeconds: number; mailsUnsent: number; mailsFailed: number; connections: Record<string, number> };

// One scrape asks the database once, not once per gauge.
let pending: { at: number; figures: Promise<Figures> } | undefined;
function databaseFigures(): Promise<Figures> {
  if (!pending || Date.now() - pending.at > 1_000) pending = { at: Date.now(), figures: readFigures() };
  return pending.figures;
}

async function readFigures(): Promise<Figures> {
  const [row] = await queryRows<{ jobs_due: number; oldest_due_seconds: number; mails_unsent: number; mails_failed: number }>(sql`
    select
      (select count(*)::int from job_outbox where done_at is null and run_at <= now()) as jobs_due,
      (select coalesce(extract(epoch from now() - min(run_at)), 0)::float8 from job_outbox where done_at is null and run_at <= now()) as oldest_due_seconds,
      (select count(*)::int from mail_outbox where sent_at is null and error is null) as mails_unsent,
      (select count(*)::int from mail_outbox where sent_at is null and error is not null) as mails_failed`);
  const connections: Record<string, number> = {};
  if (process.env.DATABASE_URL) {
    const states = await queryRows<{ state: string; count: number }>(sql`
      select coalesce(state, 'unknown') as state, count(*)::int as count
      from pg_stat_activity where datname = current_database() group by 1`);
    for (const { state, count } of states) connections[state] = count;
  }
  return {
    jobsDue: Number(row?.jobs_due ?? 0),
    oldestDueSeconds: Number(row?.oldest_due_seconds ?? 0),
    mailsUnsent: Number(row?.mails_unsent ?? 0),
    mailsFailed: Number(row?.mails_failed ?? 0),
    connections,
  };
}

/** Whether a request may read the metrics: only with METRICS_TOKEN set and sent as a bearer token. */
export function metricsAllowed(authorization: string | null): "allowed" | "disabled" | "refused" {
  const token = process.env.METRICS_TOKEN;
  if (!token) return "disabled";
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) ? "allowed" : "refused";
}
