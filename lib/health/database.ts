import postgres from "postgres";

// How long one answer is trusted. A reachable server is asked again after a few seconds, an
// unreachable one every second, so the site comes back quickly once the server is up again.
const OK_FOR_MS = 5_000;
const DOWN_FOR_MS = 1_000;

type Probe = { ok: boolean; at: number };
const holder = globalThis as unknown as { __kommunalnetzDbProbe?: Probe; __kommunalnetzDbProbing?: Promise<boolean> };

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
  if (last && now - last.at < (last.ok ? OK_FOR_MS : DOWN_FOR_MS)) return last.ok;
  holder.__kommunalnetzDbProbing ??= probe(url).then((ok) => {
    holder.__kommunalnetzDbProbe = { ok, at: Date.now() };
    holder.__kommunalnetzDbProbing = undefined;
    return ok;
  });
  return holder.__kommunalnetzDbProbing;
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

/** For tests: forget the last answer. */
export function forgetDatabaseProbe() {
  holder.__kommunalnetzDbProbe = undefined;
}
