#!/usr/bin/env node
// `npm run cluster`: the server-mode topology on one machine — two `next start` instances on one
// Postgres database behind nginx (Debian's package), all on loopback ports. Also imported by the
// cluster test (test/cluster/cluster.test.ts), which starts it on a Postgres cluster of its own.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withHeapCap } from "./heap.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

export function nginxBinary() {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

/** The nginx configuration: round robin over the instances, failing over on connection errors. */
export function nginxConfig({ dir, port, instancePorts }) {
  const temp = (name) => path.join(dir, "tmp", name);
  return `worker_processes 1;
error_log ${path.join(dir, "nginx-error.log")} warn;
pid ${path.join(dir, "nginx.pid")};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  upstream kommunalnetz {
${instancePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 2m;
    location / {
      proxy_pass http://kommunalnetz;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # Replaced, never appended: the app (TRUST_PROXY=1) takes the client IP for rate limits from here.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
      proxy_set_header X-Request-Id $request_id;
      # A dead instance: idempotent requests go to the next one; POSTs are never sent twice.
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

function waitFor(url, { timeoutMs = 90_000, ok = (r) => r.ok } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
        if (ok(response)) return resolve(response);
      } catch {
        // not up yet
      }
      if (Date.now() - started > timeoutMs) return reject(new Error(`${url} did not answer within ${timeoutMs / 1000} s`));
      setTimeout(attempt, 300);
    };
    attempt();
  });
}

/**
 * Migrates and seeds the database once, starts `instances` app instances on port+1 … and nginx on
 * `port`. Returns the proxy's URL, the instances' ports, and functions to kill an instance or stop all.
 */
export async function startCluster({ databaseUrl, port = 3200, instances = 2, env: extraEnv = {}, quiet = false, dir, nodeOptions = [] } = {}) {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first.");
  const nginx = nginxBinary();
  if (!nginx) throw new Error("nginx is not installed: `sudo apt-get install -y nginx` (Debian's package), or set NGINX_PATH.");
  const workDir = dir ?? path.join(root, ".data", `cluster-${port}`);
  rmSync(workDir, { recursive: true, force: true });
  for (const name of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(workDir, "tmp", name), { recursive: true, mode: 0o777 });

  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    // One secret for all instances: a session, sign-in link or mail token made by one is valid on the others.
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
    APP_URL: `http://127.0.0.1:${port}`,
    TRUST_PROXY: "1",
    ...extraEnv,
  };
  delete env.AUTH_URL;
  delete env.PGLITE_DIR;
  const stdio = quiet ? "ignore" : "inherit";
  const setup = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "db/setup.ts"], {
    cwd: root,
    env,
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`database setup failed:\n${setup.stderr ?? ""}`);

  const instancePorts = Array.from({ length: instances }, (_, i) => port + 1 + i);
  // The instances get the production heap cap (scripts/heap.mjs) unless NODE_OPTIONS sets their own.
  const instanceEnv = { ...env, NODE_OPTIONS: withHeapCap(env.NODE_OPTIONS) };
  const children = instancePorts.map((p) =>
    spawn(process.execPath, [...nodeOptions, nextBin, "start", "-p", String(p)], { cwd: root, env: { ...instanceEnv, INSTANCE_NAME: `app-${p}` }, stdio }),
  );
  const confFile = path.join(workDir, "nginx.conf");
  writeFileSync(confFile, nginxConfig({ dir: workDir, port, instancePorts }));
  let proxy;
  const stop = async () => {
    for (const child of [...children, proxy]) if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.all(
      [...children, proxy].filter(Boolean).map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
            child.once("exit", () => (clearTimeout(timer), resolve()));
          }),
      ),
    );
  };
  try {
    await Promise.all(instancePorts.map((p) => waitFor(`http://127.0.0.1:${p}/api/ready`)));
    proxy = spawn(nginx, ["-p", workDir, "-c", confFile, "-g", "daemon off;"], { stdio });
    await waitFor(`http://127.0.0.1:${port}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    instanceUrls: instancePorts.map((p) => `http://127.0.0.1:${p}`),
    /** The instances' process ids (for the load test's memory figures). */
    pids: children.map((child) => child.pid),
    /** Ends one instance (SIGKILL: a crash; SIGTERM: a graceful stop) and resolves when it is gone. */
    kill: (index, signal = "SIGKILL") =>
      new Promise((resolve) => {
        const child = children[index];
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", (code, sig) => resolve({ code, signal: sig }));
        child.kill(signal);
      }),
    stop,
  };
}

// Run directly: `npm run cluster` keeps the cluster up until Ctrl+C.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const databaseUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/kommunalnetz_cluster";
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const { default: postgres } = await import("postgres");
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
  if (!exists) await sql.unsafe(`create database "${name}"`);
  await sql.end();
  if (!process.env.AUTH_SECRET) console.warn("[cluster] AUTH_SECRET is not set: using a random one for this run (sessions end when the cluster stops).");
  const port = Number(process.env.CLUSTER_PORT || 3200);
  const cluster = await startCluster({ databaseUrl, port });
  console.log(`\n[cluster] ${cluster.url} → ${cluster.instanceUrls.join(", ")} on ${url.host}/${name}. Ctrl+C stops it.`);
  const shutdown = () => cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
