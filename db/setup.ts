// Runs before `next dev` and `next start`: migrate, seed, and make sure an auth secret exists.
// It runs in its own process and closes the database again, because PGlite admits one process.
// Run with `--conditions=react-server`: the demo seed uses the app's server-only mutations.
import { closeConnection, createConnection, getConnection } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";
import { ensureAuthSecret } from "../lib/auth/secret-config";

async function main() {
  const started = Date.now();
  ensureAuthSecret({ log: true });
  const connection = getConnection();
  try {
    if (connection.kind === "postgres") {
      // The migration lock is held by a session, so it needs a connection of its own.
      const single = createConnection({ maxConnections: 1 });
      await migrateDatabase(single.db, single.kind).finally(() => single.close());
    } else {
      await migrateDatabase(connection.db, connection.kind);
    }
    await seedDatabase(connection.db, { demo: process.env.SEED_DEMO !== "0" });
  } finally {
    await closeConnection();
  }
  console.log(`[setup] database ready (${connection.kind}) in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error("[setup] failed:", error);
  process.exit(1);
});
