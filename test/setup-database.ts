import { afterAll, beforeAll } from "vitest";
import { closeConnection, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

// On PGlite every test file gets its own in-memory database, loaded from the snapshot the global
// setup made after running the real migrations and the full reference seed (or, without one, built
// here the same way). On a server the global setup has prepared one fresh database already.
// With the snapshot the database opens on a file's first query: files of pure rules (a third of
// them) no longer load 10,773 municipalities into a PGlite they never ask.
beforeAll(async () => {
  if (process.env.DATABASE_URL || process.env.PGLITE_TEMPLATE) return;
  const { db, kind } = getConnection();
  await migrateDatabase(db, kind);
  await seedDatabase(db, { demo: true, demoSolutions: false });
});

afterAll(async () => {
  await closeConnection();
});
