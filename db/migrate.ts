import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Database, DatabaseKind } from "./client";

const defaultMigrationsFolder = path.join(process.cwd(), "db", "migrations");
// Arbitrary constant: several app instances starting at once must not migrate concurrently.
const MIGRATION_LOCK = 4_711_2023;

/** A migration failed; Drizzle runs all pending migrations in one transaction, so none of them is kept. */
export class MigrationFailed extends Error {}

/**
 * Applies the pending migrations. Drizzle runs them all in one transaction: a failing statement
 * rolls every pending migration back, and the error names it. On Postgres an advisory lock lets
 * one of several starting instances migrate while the others wait.
 */
export async function migrateDatabase(db: Database, kind: DatabaseKind, options: { migrationsFolder?: string } = {}): Promise<void> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  try {
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
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new MigrationFailed(`A database migration failed and was rolled back; the database is unchanged. ${cause}`, { cause: error });
  }
}
