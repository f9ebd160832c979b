import { afterAll, beforeAll } from "vitest";
import { closeConnection, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

// On PGlite every test file gets its own in-memory database, loaded from the snapshot the global
// setup made after running the real migrations and the full reference seed (or, without one, built
// here the same way). On a server the global setup has prepared one fresh database already.
beforeAll(async () => {
  const { db, kind } = getConnection();
  if (kind === "pglite" && !process.env.PGLITE_TEMPLATE) {
    await migrateDatabase(db, kind);
    await seedDatabase(db, { demo: true, demoSolutions: false });
  }
});

afterAll(async () => {
  await closeConnection();
});
