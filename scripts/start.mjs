#!/usr/bin/env node
// `npm start` (and the container's command): migrate and seed (db/setup.ts, under its advisory lock
// on a Postgres server), then `next start` with the heap cap of scripts/heap.mjs added to
// NODE_OPTIONS. Arguments go to `next start` (`npm start -- -p 3001`). SIGTERM and SIGINT are passed
// on to the server, whose graceful shutdown decides the exit code; this process exits with it.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withHeapCap } from "./heap.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const setup = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "db/setup.ts"], {
  cwd: root,
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status ?? 1);

const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_OPTIONS: withHeapCap(process.env.NODE_OPTIONS) },
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + ({ SIGTERM: 15, SIGINT: 2, SIGKILL: 9 }[signal] ?? 1) : 1)));
