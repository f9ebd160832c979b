// A Postgres cluster of its own on another port, for fault tests (stop the database under a running
// app, start it again). Uses the server binaries of Debian's package; runs as user postgres when
// started as root, since Postgres refuses to run as root.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error("No Postgres server binaries under /usr/lib/postgresql (set PG_BIN).");
  return path.join(base, versions[0], "bin");
}

export function startPrivatePostgres({ port }) {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "kommunalnetz-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const asOwner = (command, args) => {
    const file = path.join(bin, command);
    if (process.getuid?.() === 0) return execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio: "pipe" });
    return execFileSync(file, args, { stdio: "pipe" });
  };
  asOwner("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const start = () => asOwner("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = () => asOwner("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
