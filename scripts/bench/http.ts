// Times the /solutions page of the production build over HTTP, in a `next start` child process.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { measure, type Stats } from "./measure";

export type PageResult =
  | { outcome: "measured"; stats: Stats; url: string; failures: number; htmlBytes?: number }
  | { outcome: "skipped" | "failed"; reason: string; url?: string };

let server: ChildProcess | null = null;

function alive(child: ChildProcess): boolean {
  return Boolean(child.pid && child.exitCode === null && child.signalCode === null);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    // The server runs in its own process group (npx → node next start): stop all of it.
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Stops the server started here, if any: SIGTERM, then SIGKILL after five seconds. */
export async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || !alive(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    signalGroup(child, "SIGKILL");
    await exited;
  }
}

/** Last resort on process exit: synchronous, so it cannot wait. */
export function killServerNow() {
  if (server && alive(server)) signalGroup(server, "SIGKILL");
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One GET as a browser sends it (gzip accepted, the connection kept open), timed to the last byte of
 * the body. node:http rather than fetch: fetch spends a few milliseconds of the benchmark's own CPU
 * per page on decompressing and decoding, on the same two cores the server needs.
 */
function getPage(agent: http.Agent, url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": "gzip", accept: "text/html" }, timeout: 60_000 }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} took over 60 s`)));
    request.on("error", reject);
  });
}

export async function measureSolutionsPage(options: {
  root: string;
  port: number;
  env: NodeJS.ProcessEnv;
  words: string[];
  warmups: number;
  runs: number;
  log: (message: string) => void;
}): Promise<PageResult> {
  const distDir = path.resolve(options.root, options.env.NEXT_DIST_DIR || ".next");
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    return { outcome: "skipped", reason: `no production build (${path.relative(options.root, distDir)}/BUILD_ID is missing): run \`npm run build\` first` };
  }
  if (await portInUse(options.port)) {
    return { outcome: "skipped", reason: `port ${options.port} is already in use (set BENCH_PORT or --port=)` };
  }

  const base = `http://127.0.0.1:${options.port}`;
  const output: string[] = [];
  const child = spawn("npx", ["next", "start", "-p", String(options.port)], {
    cwd: options.root,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const tail = () => (output.length > 0 ? `\n    server output:\n      ${output.slice(-15).join("\n      ")}` : "");

  try {
    const started = performance.now();
    options.log(`  starting \`next start -p ${options.port}\` …`);
    for (;;) {
      if (!alive(child)) return { outcome: "failed", reason: `the server exited (code ${child.exitCode ?? child.signalCode})${tail()}` };
      if (performance.now() - started > 90_000) return { outcome: "failed", reason: `/api/health did not answer 200 within 90 s${tail()}` };
      try {
        const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) });
        await response.arrayBuffer();
        if (response.ok) break;
      } catch {
        // not up yet
      }
      await sleep(250);
    }
    options.log(`  server ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const url = (i: number) => `${base}/solutions?q=${encodeURIComponent(options.words[i % options.words.length]!)}`;
    const probe = await fetch(url(0), { signal: AbortSignal.timeout(60_000) });
    const html = (await probe.text()).length;
    if (probe.status === 404) return { outcome: "skipped", reason: "GET /solutions answered 404: the page does not exist in this build yet", url: "/solutions?q=…" };
    if (!probe.ok) return { outcome: "failed", reason: `GET /solutions answered ${probe.status}${tail()}`, url: "/solutions?q=…" };

    let failures = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const stats = await measure(
      async (i) => {
        const { status, bytes } = await getPage(agent, url(i));
        if (status !== 200) failures++;
        return bytes;
      },
      { warmups: options.warmups, runs: options.runs },
    );
    agent.destroy();
    // Not a match count: the median size of the page on the wire (gzip) in bytes.
    return { outcome: "measured", stats, url: "/solutions?q=<common word>", failures, htmlBytes: html };
  } catch (error) {
    return { outcome: "failed", reason: `${error instanceof Error ? error.message : String(error)}${tail()}` };
  } finally {
    await stopServer();
  }
}
