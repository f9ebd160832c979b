// Runs before `next dev` and `next start`: migrate, seed, and make sure an auth secret exists.
// It runs in its own process and closes the database again, because PGlite admits one process.
// Run with `--conditions=react-server`: the demo seed uses the app's server-only mutations.
import { closeConnection, createConnection, getConnection } from "./client";
import { MigrationFailed, migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";
import { ensureAuthSecret, MISSING_SERVER_SECRET } from "../lib/auth/secret-config";
import { oidcConfig } from "../lib/auth/oidc-config";

const migrateOnly = process.argv.includes("--migrate-only");

async function main() {
  const started = Date.now();
  ensureAuthSecret({ log: true });
  // Single sign-on is all or nothing: a half configuration stops the start here (OIDC_*).
  const sso = oidcConfig();
  if (sso) console.log(`[setup] single sign-on with ${sso.issuer}`);
  const connection = getConnection();
  try {
    if (connection.kind === "postgres") {
      // The migration lock is held by a session, so it needs a connection of its own.
      const single = createConnection({ maxConnections: 1, statementTimeoutMs: 0 });
      await migrateDatabase(single.db, single.kind).finally(() => single.close());
    } else {
      await migrateDatabase(connection.db, connection.kind);
    }
    // `npm run db:migrate`: only the migrations, e.g. as a deploy step before the instances start.
    if (!migrateOnly) await seedDatabase(connection.db, { demo: process.env.SEED_DEMO !== "0" });
  } finally {
    await closeConnection();
  }
  console.log(`[setup] database ${migrateOnly ? "migrated" : "ready"} (${connection.kind}) in ${Date.now() - started} ms`);
}

main().catch((error) => {
  if (error instanceof MigrationFailed || (error instanceof Error && (error.message === MISSING_SERVER_SECRET || error.message.startsWith("Single sign-on (OIDC)")))) {
    console.error(`[setup] ${error.message}`);
    process.exit(1);
  }
  console.error("[setup] failed:", error);
  process.exit(1);
});
