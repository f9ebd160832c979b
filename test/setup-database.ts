import { afterAll, beforeAll } from "vitest";

// On PGlite every test file gets its own in-memory database, loaded from the snapshot the global
// setup made after running the real migrations and the full reference seed (or, without one, built
// here the same way). On a server the global setup has prepared one fresh database already.
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
