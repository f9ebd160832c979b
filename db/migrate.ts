import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Database, DatabaseKind } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Arbitrary constant: several app instances starting at once must not migrate concurrently.
const MIGRATION_LOCK = 4_711_2023;

export async function migrateDatabase(db: Database, kind: DatabaseKind): Promise<void> {
  if (kind === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // The caller passes a single-connection handle, so the session-level lock covers the migration.
  await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migratePostgres(db, { migrationsFolder });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
