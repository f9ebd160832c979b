import postgres from "postgres";
import { createConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { serverWorkers, workerDatabaseName } from "./server-workers";

/**
 * Tests never touch the database DATABASE_URL names: they run in fresh sibling databases, one per
 * worker (`<name>_vitest_1`, …), copied from `<name>_vitest` after it is migrated and seeded, and all
 * dropped afterwards.
 */
export default async function setup() {
  const url = new URL(process.env.DATABASE_URL!);
  const testName = `${url.pathname.slice(1) || "postgres"}_vitest`;
  const workerNames = Array.from({ length: serverWorkers() }, (_, i) => workerDatabaseName(testName, i + 1));
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const dropAll = async () => {
    for (const name of [...workerNames, testName]) await admin.unsafe(`drop database if exists "${name}" with (force)`);
  };
  await dropAll();
  await admin.unsafe(`create database "${testName}"`);
  url.pathname = `/${testName}`;
  // Worker processes start after this and inherit the environment.
  process.env.DATABASE_URL = url.toString();

  const connection = createConnection({ maxConnections: 1, statementTimeoutMs: 0 });
  try {
    await migrateDatabase(connection.db, connection.kind);
    await seedDatabase(connection.db, { demo: true, demoSolutions: false });
  } finally {
    await connection.close();
  }
  // A template must have no connections: the seed's is closed above.
  for (const name of workerNames) await admin.unsafe(`create database "${name}" template "${testName}"`);

  return async () => {
    await dropAll();
    await admin.end();
  };
}
