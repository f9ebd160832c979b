import "server-only";
import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { districts, lebenslagen, leikaServices, municipalities, ozgServices, states, themenfelder } from "@/db/schema";

async function rows(table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** What /about/data states is counted from the database, so it cannot drift from what was seeded. */
export async function getReferenceDataCounts() {
  const [m, d, s, tf, ll, os, lk] = await Promise.all(
    [municipalities, districts, states, themenfelder, lebenslagen, ozgServices, leikaServices].map(rows),
  );
  return { municipalities: m!, districts: d!, states: s!, themenfelder: tf!, lebenslagen: ll!, services: os!, leika: lk! };
}
