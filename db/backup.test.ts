/**
 * Backups of the embedded PGlite database (db/backup.ts, POST /api/admin/backup,
 * scripts/pglite-backup.ts): a backup made while the app writes restores into a fresh folder, and
 * the app's own queries read the same data from it. PGlite only (on a server: pg_dump).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/admin/backup/route";
import { closeConnection, db, getConnection } from "@/db/client";
import { users } from "@/db/schema";
import { ensureAuthSecret } from "@/lib/auth/secret-config";
import { getMemberById } from "@/lib/members/queries";
import { countMunicipalities } from "@/lib/municipalities/queries";
import { newMember } from "@/lib/solutions/test-fixtures";
import { backupToken, restoreDataDir } from "./backup";

const work = mkdtempSync(path.join(tmpdir(), "kommunalnetz-backup-"));
const request = (token: string) => new Request("http://localhost/api/admin/backup", { method: "POST", headers: { authorization: `Bearer ${token}` } });

/** Runs `read` against the PGlite folder `dir` (the app's connection switched over) and switches back. */
async function readFrom<T>(dir: string, read: () => Promise<T>): Promise<T> {
  const saved = { dir: process.env.PGLITE_DIR, template: process.env.PGLITE_TEMPLATE };
  const original = (globalThis as { __kommunalnetzConnection?: unknown }).__kommunalnetzConnection;
  (globalThis as { __kommunalnetzConnection?: unknown }).__kommunalnetzConnection = undefined;
  process.env.PGLITE_DIR = dir;
  delete process.env.PGLITE_TEMPLATE;
  try {
    return await read();
  } finally {
    await closeConnection();
    process.env.PGLITE_DIR = saved.dir;
    if (saved.template) process.env.PGLITE_TEMPLATE = saved.template;
    (globalThis as { __kommunalnetzConnection?: unknown }).__kommunalnetzConnection = original;
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.DATABASE_URL))("PGlite backup and restore", () => {
  it("answers 404 to a request without the operator's token", async () => {
    expect((await POST(request("wrong"))).status).toBe(404);
    expect((await POST(new Request("http://localhost/api/admin/backup", { method: "POST" }))).status).toBe(404);
  });

  it("backs up the running database while it writes; the restored folder serves the same data", async () => {
    const memberId = await newMember({ name: "Backup Beispielperson" });
    // Writes keep arriving while the backup is made: each is in the copy entirely or not at all.
    const writes = Array.from({ length: 20 }, (_, i) => newMember({ name: `Während der Sicherung ${i}` }));
    const response = await POST(request(backupToken(ensureAuthSecret())));
    await Promise.all(writes);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gzip");
    const backup = await response.blob();
    const file = path.join(work, "app.tar.gz");
    writeFileSync(file, Buffer.from(await backup.arrayBuffer()));

    const fresh = path.join(work, "restored");
    const restored = await restoreDataDir(new Blob([await backup.arrayBuffer()]), fresh);
    expect(restored.migrations).toBeGreaterThan(0);
    const [{ value: usersNow }] = (await db.select({ value: count() }).from(users)) as [{ value: number }];
    expect(restored.users).toBeGreaterThanOrEqual(usersNow - 20);
    expect(restored.users).toBeLessThanOrEqual(usersNow);

    const before = { member: await getMemberById(memberId), municipalities: await countMunicipalities() };
    const after = await readFrom(fresh, async () => ({ member: await getMemberById(memberId), municipalities: await countMunicipalities() }));
    expect(after).toEqual(before);
    expect(after.member?.name).toBe("Backup Beispielperson");
    expect(getConnection().kind).toBe("pglite");
  });

  it("never restores over a folder that holds data", async () => {
    const backup = await getConnection().dumpDataDir!();
    await expect(restoreDataDir(backup, path.join(work, "restored"))).rejects.toThrow(/not empty/);
  });

  it("npm run db:backup / db:restore: a stopped folder to a file and back into a fresh folder", async () => {
    const source = path.join(work, "restored");
    const file = path.join(work, "cli.tar.gz");
    const target = path.join(work, "from-cli");
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/pglite-backup.ts", ...args], {
        env: { ...process.env, PGLITE_DIR: source },
        encoding: "utf8",
      });
    expect(run("backup", file)).toContain(file);
    expect(existsSync(file)).toBe(true);
    expect(run("restore", file, "--to", target)).toMatch(/\d+ migrations, \d+ members/);
    const name = await readFrom(target, async () => (await getMemberById((await db.select({ id: users.id }).from(users).limit(1))[0]!.id))?.name);
    expect(name).toBeTruthy();
  }, 120_000);
});
