// `npm run db:backup [-- <file>]` and `npm run db:restore -- <file> [--to <folder>]` for the embedded
// PGlite database (PGLITE_DIR, default .data/pglite); see db/backup.ts for how and why. For a
// Postgres server use pg_dump / pg_restore (README, "Backups").
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { backupToken, dataDirOwner, dumpClosedDataDir, restoreDataDir } from "../db/backup";
import { pgliteDir } from "../db/client";
import { ensureAuthSecret } from "../lib/auth/secret-config";

const [command, ...rest] = process.argv.slice(2);
const flag = (name: string) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest.splice(index, 2)[1] : undefined;
};

async function backup() {
  const dir = pgliteDir();
  const url = flag("--url");
  const file = rest[0] ?? path.join(path.dirname(dir), "backups", `pglite-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
  const owner = dataDirOwner(dir);
  let blob: Blob;
  if (owner) {
    // The app holds the folder: it makes the copy itself, between two of its queries.
    const base = url ?? (owner.port ? `http://127.0.0.1:${owner.port}` : null);
    if (!base) throw new Error(`${dir} is open in process ${owner.pid} (not the app?): stop it, or pass --url of the running app.`);
    const response = await fetch(`${base}/api/admin/backup`, { method: "POST", headers: { authorization: `Bearer ${backupToken(ensureAuthSecret())}` } });
    if (!response.ok) throw new Error(`the running app (${base}) refused the backup: ${response.status}. Is AUTH_SECRET the app's?`);
    blob = await response.blob();
    console.log(`[backup] made by the running app (pid ${owner.pid}, ${base})`);
  } else {
    blob = await dumpClosedDataDir(dir);
  }
  const { mkdirSync } = await import("node:fs");
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
  console.log(`[backup] ${dir} → ${file} (${Math.round(blob.size / 1024)} KiB)`);
}

async function restore() {
  const to = flag("--to") ?? pgliteDir();
  const file = rest[0];
  if (!file) throw new Error("usage: npm run db:restore -- <backup.tar.gz> [--to <folder>]");
  if (dataDirOwner(to)) throw new Error(`${to} is open in a running process: stop the app first.`);
  const { migrations, users } = await restoreDataDir(new Blob([readFileSync(file)]), to);
  console.log(`[restore] ${file} → ${to}: ${migrations} migrations, ${users} members`);
}

const run = command === "backup" ? backup : command === "restore" ? restore : null;
if (!run) {
  console.error("usage: tsx scripts/pglite-backup.ts backup [file] [--url http://127.0.0.1:3000] | restore <file> [--to folder]");
  process.exit(2);
}
run().catch((error: unknown) => {
  console.error(`[${command}] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
