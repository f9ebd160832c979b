// Runs before `next dev` and `next start`: migrate, seed, and make sure an auth secret exists.
// It runs in its own process and closes the database again, because PGlite admits one process.
import { createConnection } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";
import { ensureAuthSecret } from "../lib/auth/secret";

async function main() {
  const started = Date.now();
  ensureAuthSecret({ log: true });
  const connection = createConnection({ maxConnections: 1 });
  try {
    await migrateDatabase(connection.db, connection.kind);
    await seedDatabase(connection.db, { demo: process.env.SEED_DEMO !== "0" });
  } finally {
    await connection.close();
  }
  console.log(`[setup] database ready (${connection.kind}) in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error("[setup] failed:", error);
  process.exit(1);
});
