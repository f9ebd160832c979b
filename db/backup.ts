// Backups of the embedded PGlite folder (.data/pglite): `npm run db:backup` / `npm run db:restore`
// (scripts/pglite-backup.ts). PGlite runs inside one process and must not be opened by a second
// one, so a backup while the app runs is made BY the app: the CLI asks it over loopback HTTP
// (POST /api/admin/backup, a token derived from AUTH_SECRET) and the app dumps its own database
// (PGlite's dumpDataDir after a CHECKPOINT, under PGlite's query lock: one consistent state). When
// nobody holds the folder the CLI opens it itself and dumps the same way. A backup is the data
// folder as a gzipped tar; restoring it creates a fresh folder (PGlite's loadDataDir).
import { createHmac, timingSafeEqual } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { dataDirOwnerFile } from "./client";

/** The bearer token of POST /api/admin/backup: only who knows AUTH_SECRET (the operator) has it. */
export function backupToken(secret: string): string {
  return createHmac("sha256", secret).update("kommunalnetz:pglite-backup").digest("base64url");
}

export function backupAllowed(authorization: string | null, secret: string): boolean {
  const given = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
  const expected = backupToken(secret);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The live process that has `dir` open (pid, and its HTTP port when it is the app), or null. */
export function dataDirOwner(dir: string): { pid: number; port: number | null } | null {
  const file = dataDirOwnerFile(dir);
  if (!existsSync(file)) return null;
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as { pid: number; port: number | null };
    return owner.pid !== process.pid && alive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** Dumps a folder nobody has open (the caller checked dataDirOwner). */
export async function dumpClosedDataDir(dir: string): Promise<Blob> {
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  try {
    await client.exec("CHECKPOINT");
    return (await client.dumpDataDir("gzip")) as Blob;
  } finally {
    await client.close();
  }
}

/**
 * Creates the folder `dir` from a backup and checks that it opens and holds the app's tables.
 * Refuses a folder that exists and is not empty: a restore never mixes two databases.
 */
export async function restoreDataDir(backup: Blob, dir: string): Promise<{ migrations: number; users: number }> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} exists and is not empty: restore into a fresh folder (or move it away first).`);
  const client = new PGlite(dir, { extensions: { pg_trgm }, loadDataDir: backup });
  try {
    const count = async (table: string) => Number((await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n);
    return { migrations: await count("drizzle.__drizzle_migrations"), users: await count("users") };
  } finally {
    await client.close();
  }
}
