import { afterAll, beforeAll } from "vitest";
import { workerDatabaseName } from "./server-workers";

// On a server each worker has a database of its own (see server-workers.ts). The global setup left
// the seeded database's address in DATABASE_URL; db/client.ts reads it at the first query.
if (process.env.DATABASE_URL && process.env.VITEST_POOL_ID) {
  process.env.KOMMUNALNETZ_TEST_DATABASE_URL ??= process.env.DATABASE_URL;
  const url = new URL(process.env.KOMMUNALNETZ_TEST_DATABASE_URL);
  url.pathname = `/${workerDatabaseName(url.pathname.slice(1), process.env.VITEST_POOL_ID)}`;
  process.env.DATABASE_URL = url.toString();
}

// On PGlite every test file gets its own in-memory database, loaded from the snapshot the global
// setup made after running the real migrations and the full reference seed (or, without one, built
// here the same way). On a server the global setup has prepared the worker's fresh database already.
// With the snapshot the database opens on a file's first query, and this file imports nothing of
// the database itself: files of pure rules (a quarter of them) no longer load the schema, the
// driver or 10,773 municipalities they never ask for.
beforeAll(async () => {
  if (process.env.DATABASE_URL || process.env.PGLITE_TEMPLATE) return;
  const [{ getConnection }, { migrateDatabase }, { seedDatabase }] = await Promise.all([import("@/db/client"), import("@/db/migrate"), import("@/db/seed")]);
  const { db, kind } = getConnection();
  await migrateDatabase(db, kind);
  await seedDatabase(db, { demo: true, demoSolutions: false });
});

// db/client.ts keeps its one connection on globalThis; a file that never opened one has none to close.
afterAll(async () => {
  if (!(globalThis as { __kommunalnetzConnection?: unknown }).__kommunalnetzConnection) return;
  const { closeConnection } = await import("@/db/client");
  await closeConnection();
});
