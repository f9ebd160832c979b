import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import type { Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { seedDatabase } from "@/db/seed";

/**
 * Migrates and seeds one in-memory PGlite and saves its data folder; every test file then starts
 * from a copy of it (PGLITE_TEMPLATE) in a fraction of the time seeding 10,773 municipalities takes.
 */
export default async function setup() {
  const client = new PGlite("memory://", { extensions: { pg_trgm } });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  await migrateDatabase(db, "pglite");
  await seedDatabase(db, { demo: true, demoSolutions: false });
  const dump = await client.dumpDataDir("none");
  await client.close();
  const file = path.join(process.cwd(), ".data", "test", `template-${process.pid}.tar`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.PGLITE_TEMPLATE = file;
  return () => rmSync(file, { force: true });
}
