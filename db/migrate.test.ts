import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createConnection, getConnection, queryRows } from "./client";
import { MigrationFailed, migrateDatabase } from "./migrate";

const folder = mkdtempSync(path.join(tmpdir(), "kommunalnetz-migrations-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("migrateDatabase", () => {
  it("rolls a failing migration back completely and says so", async () => {
    // The shipped migrations (already applied here) plus one that creates a table and then fails.
    cpSync(path.join(process.cwd(), "db", "migrations"), folder, { recursive: true });
    const journalFile = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8"));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(
      path.join(folder, "9999_broken.sql"),
      'CREATE TABLE "half_written" (id int);--> statement-breakpoint\nALTER TABLE "no_such_table" ADD COLUMN "x" int;',
    );

    // On a server the advisory lock is a session's: migrate on a connection of its own, as db/setup.ts does.
    const shared = getConnection();
    const single = shared.kind === "postgres" ? createConnection({ maxConnections: 1 }) : shared;
    const count = async () => (await queryRows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]!.n;
    const before = await count();
    const failure = await migrateDatabase(single.db, single.kind, { migrationsFolder: folder })
      .catch((error: unknown) => error)
      .finally(() => (single === shared ? undefined : single.close()));
    expect(failure).toBeInstanceOf(MigrationFailed);
    expect((failure as Error).message).toMatch(/rolled back; the database is unchanged\..*no_such_table/);
    expect(await count()).toBe(before);
    const [table] = await queryRows<{ name: string | null }>(sql`select to_regclass('public.half_written')::text as name`);
    expect(table!.name).toBeNull();
  });
});
