import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { queryRows } from "@/db/client";

// How long one answer is trusted: a second either way, so that an outage turns pages into the 503
// page within about a second (sooner when a query fails, see markDatabaseUnreachable) and the site
// comes back as quickly once the server is up again.
const OK_FOR_MS = 1_000;
const DOWN_FOR_MS = 1_000;

/** The last answer, for the server it came from: a different DATABASE_URL is asked afresh. */
type Probe = { url: string; ok: boolean; at: number };
const holder = globalThis as unknown as { __kommunalnetzDbProbe?: Probe; __kommunalnetzDbProbing?: { url: string; answer: Promise<boolean> } };

/**
 * Whether the Postgres server in DATABASE_URL answers. The proxy asks before every page so that a
 * server that is down gives a translated 503 page instead of a framework error. It uses a connection
 * of its own, opened per probe, so it never competes with the app's pool. Embedded PGlite runs in
 * this process: there is nothing to reach, and the proxy must never open its folder a second time.
 */
export async function databaseReachable(now = Date.now()): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  const last = holder.__kommunalnetzDbProbe;
  if (last?.url === url && now - last.at < (last.ok ? OK_FOR_MS : DOWN_FOR_MS)) return last.ok;
  if (holder.__kommunalnetzDbProbing?.url !== url) {
    const answer = probe(url).then((ok) => {
      holder.__kommunalnetzDbProbe = { url, ok, at: Date.now() };
      if (holder.__kommunalnetzDbProbing?.answer === answer) holder.__kommunalnetzDbProbing = undefined;
      return ok;
    });
    holder.__kommunalnetzDbProbing = { url, answer };
  }
  return holder.__kommunalnetzDbProbing.answer;
}

async function probe(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 3, idle_timeout: 1, onnotice: () => {} });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 }).catch(() => {});
  }
}

/**
 * A query failed because the server could not be reached: the next pages get the 503 page at once
 * instead of waiting for the next probe (instrumentation.ts' onRequestError calls this).
 */
export function markDatabaseUnreachable(error: unknown): void {
  const code = (error as { code?: string } | null)?.code ?? (error as { cause?: { code?: string } } | null)?.cause?.code;
  const url = process.env.DATABASE_URL;
  if (url && code && ["ECONNREFUSED", "ECONNRESET", "CONNECTION_CLOSED", "CONNECT_TIMEOUT", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "57P01", "57P03"].includes(code)) {
    holder.__kommunalnetzDbProbe = { url, ok: false, at: Date.now() };
  }
}

/** The newest migration this build ships (drizzle-kit's journal), as its creation time in ms. */
export function newestShippedMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((entry) => entry.when));
}

/**
 * Readiness: the database answers and holds every migration this build ships (Drizzle records each
 * applied migration's creation time in drizzle.__drizzle_migrations). An instance of a newer build
 * started before the migration ran is not ready, so the proxy keeps sending traffic elsewhere.
 */
export async function readiness(): Promise<{ db: "ok" | "error"; migrations: "ok" | "pending" | "unknown" }> {
  try {
    const rows = await queryRows<{ newest: string | null }>(sql`select max(created_at)::text as newest from drizzle.__drizzle_migrations`);
    const newest = Number(rows[0]?.newest ?? 0);
    return { db: "ok", migrations: newest >= newestShippedMigration() ? "ok" : "pending" };
  } catch {
    return { db: "error", migrations: "unknown" };
  }
}
