import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// Both drivers expose the same query builder; we type the handle as the postgres.js flavour so the
// rest of the code base is written once.
export type Database = PostgresJsDatabase<typeof schema>;
/** The database or an open transaction: both run the same query builder. */
export type Executor = PgDatabase<PostgresJsQueryResultHKT, typeof schema>;
export type DatabaseKind = "postgres" | "pglite";

type Connection = {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** PGlite only: a consistent copy of the whole data folder as a gzipped tar (db/backup.ts). */
  dumpDataDir?: () => Promise<Blob>;
};

export function pgliteDir(): string {
  return process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite");
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

/**
 * `statementTimeoutMs: 0` for migrations and seeding, which may build indexes on big tables; the
 * app's own statements are cut off after DATABASE_STATEMENT_TIMEOUT_MS (default 30 s) so that a
 * stuck query frees its connection, and a server that does not answer fails the connect after
 * DATABASE_CONNECT_TIMEOUT_S (default 5 s) instead of holding the request.
 */
export function createConnection(options: { maxConnections?: number; statementTimeoutMs?: number } = {}): Connection {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: options.maxConnections ?? setting("DATABASE_POOL_SIZE", 10),
      connect_timeout: setting("DATABASE_CONNECT_TIMEOUT_S", 5),
      connection: {
        application_name: "kommunalnetz",
        statement_timeout: options.statementTimeoutMs ?? setting("DATABASE_STATEMENT_TIMEOUT_MS", 30_000),
      },
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(client, { schema, casing: "snake_case" }),
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = pgliteDir();
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  // PGlite admits one process per folder: say who holds it, for `npm run db:backup` (db/backup.ts).
  const release = dir === "memory://" ? () => {} : holdDataDir(dir);
  // Tests start each file from a migrated, seeded snapshot instead of seeding again (test/).
  const template = dir === "memory://" ? process.env.PGLITE_TEMPLATE : undefined;
  const client = new PGlite(dir, {
    extensions: { pg_trgm },
    ...(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}),
  });
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database,
    kind: "pglite",
    close: () => client.close().finally(release),
    dumpDataDir: async () => {
      // A checkpoint first, so the copy needs no crash recovery; the dump itself runs while no
      // other query can (PGlite's query lock), so it is one consistent state of the folder.
      await client.exec("CHECKPOINT");
      return (await client.dumpDataDir("gzip")) as Blob;
    },
  };
}

/** `<folder>.pid`: the process (and its HTTP port, when it is the app) that has the folder open. */
export const dataDirOwnerFile = (dir: string) => `${dir.replace(/\/+$/, "")}.pid`;

function holdDataDir(dir: string): () => void {
  const file = dataDirOwnerFile(dir);
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, port: process.env.PORT ? Number(process.env.PORT) : null }));
  } catch {
    return () => {};
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (JSON.parse(readFileSync(file, "utf8")).pid === process.pid) rmSync(file);
    } catch {
      // gone already
    }
  };
  process.once("exit", release);
  return release;
}

// One connection per process. Kept on globalThis because Next.js may evaluate this module in more
// than one module graph (and again on hot reload), and PGlite must not open its folder twice.
const holder = globalThis as unknown as { __kommunalnetzConnection?: Connection };

export function getConnection(): Connection {
  holder.__kommunalnetzConnection ??= createConnection();
  return holder.__kommunalnetzConnection;
}

export async function closeConnection(): Promise<void> {
  const connection = holder.__kommunalnetzConnection;
  holder.__kommunalnetzConnection = undefined;
  await connection?.close();
}

// Opened on first use, not on import, so that `next build` never touches the database.
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = getConnection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[property];
    return typeof value === "function" ? value.bind(real) : value;
  },
});

// The drivers disagree on the shape of a raw result (an array vs. `{ rows }`).
export async function queryRows<T>(query: SQL, database: Database = db): Promise<T[]> {
  const result = (await database.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
