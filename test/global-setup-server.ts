import postgres from "postgres";
import { createConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";

/**
 * Tests never touch the database DATABASE_URL names: they run in a fresh sibling database
 * (`<name>_vitest`), created for this run and dropped afterwards.
 */
export default async function setup() {
  const url = new URL(process.env.DATABASE_URL!);
  const testName = `${url.pathname.slice(1) || "postgres"}_vitest`;
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${testName}" with (force)`);
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

  return async () => {
    await admin.unsafe(`drop database if exists "${testName}" with (force)`);
    await admin.end();
  };
}
