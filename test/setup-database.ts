import { afterAll, beforeAll } from "vitest";
import { closeConnection, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

// On PGlite every test file starts from an empty in-memory database with the real migrations and
// the full reference data. On a server the global setup has prepared one fresh schema already.
beforeAll(async () => {
  const { db, kind } = getConnection();
  if (kind === "pglite") {
    await migrateDatabase(db, kind);
    await seedDatabase(db, { demo: true, demoSolutions: false });
  }
});

afterAll(async () => {
  await closeConnection();
});
