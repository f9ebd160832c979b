#!/usr/bin/env node
// `npm run bench:web [-- --pages home,solutions --no-load --port 3300]` (issue "Fast pages"): the
// production build (built first when the sources are newer) started as `npm start` does — heap cap
// included — on a fresh embedded PGlite folder with the demo data, then for each public page
// Lighthouse (the pinned dev dependency, default config = mobile preset with simulated throttling)
// in the system Chromium, and autocannon (20 connections, 10 s) on the same page. Prints a table,
// the LCP element and its breakdown per page, and keeps every Lighthouse report (JSON) under
// .data/bench-web/lighthouse/. A measurement, not a test: not part of `npm test` or CI.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { percentile, runAutocannon } from "../autocannon-run.mjs";
import { buildIsStale } from "../build-state.mjs";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { publicPages } from "./public-pages.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const connections = Number(option("connections", 20));
const duration = Number(option("duration", 10));
const withLighthouse = !args.includes("--no-lighthouse");
const withLoad = !args.includes("--no-load");
const only = option("pages", "")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, timeoutMs = 180_000) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The system Chromium, headless, with a DevTools port Lighthouse connects to. */
function launchChromium() {
  const profile = mkdtempSync(path.join(os.tmpdir(), "kommunalnetz-lighthouse-"));
  const child = spawn(chromiumPath, [...chromiumArgs, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Chromium (${chromiumPath}) did not open its DevTools port:\n${output}`)), 30_000);
    child.stderr.on("data", (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { port, stop };
}

/**
 * What the LCP is and where its time goes. Lighthouse 12.2.3's own "LCP element" audit fails with
 * the current Chromium (its trace engine cannot read the newer PipelineReporter events:
 * "Cannot read properties of undefined (reading 'frame_sequence')"), so this takes the pieces
 * itself: the phases from Lighthouse's LCPBreakdown on the run's trace (the same computation as the
 * audit, on the simulated, throttled LCP), the LCP candidates from the trace (observed, unthrottled),
 * and the element from the browser's own LargestContentfulPaint entry on the page, loaded again in the
 * same Chromium with Lighthouse's mobile viewport.
 */
async function lcpDetails(result, debuggingPort, url) {
  const details = { phases: {}, candidates: [], node: null };
  const { lhr } = result;
  const artifacts = result.artifacts ?? {};
  const trace = artifacts.traces?.defaultPass ?? artifacts.Trace;
  const devtoolsLog = artifacts.devtoolsLogs?.defaultPass ?? artifacts.DevtoolsLog;
  try {
    const { LCPBreakdown } = await import("lighthouse/core/computed/metrics/lcp-breakdown.js");
    const data = { trace, devtoolsLog, gatherContext: artifacts.GatherContext, settings: lhr.configSettings, URL: artifacts.URL, simulator: null };
    const { ttfb, loadStart, loadEnd } = await LCPBreakdown.request(data, { computedCache: new Map() });
    const lcp = lhr.audits["largest-contentful-paint"].numericValue;
    details.phases =
      loadStart && loadEnd
        ? { TTFB: ttfb, "load delay": loadStart - ttfb, "load time": loadEnd - loadStart, "render delay": lcp - loadEnd }
        : { TTFB: ttfb, "render delay": lcp - ttfb };
  } catch (error) {
    details.phases = { error: String(error?.message ?? error) };
  }
  // Observed in the trace (no throttling): navigation start, FCP, every LCP candidate.
  const events = trace?.traceEvents ?? [];
  const navigation = events.find((event) => event.name === "navigationStart" && event.args?.data?.isLoadingMainFrame && event.args?.data?.documentLoaderURL?.startsWith("http"));
  if (navigation) {
    const at = (event) => (event.ts - navigation.ts) / 1000;
    const fcp = events.find((event) => event.name === "firstContentfulPaint" && event.ts >= navigation.ts);
    details.observedFcp = fcp ? at(fcp) : undefined;
    details.candidates = events
      .filter((event) => event.name === "largestContentfulPaint::Candidate" && event.ts >= navigation.ts && event.args?.data?.isOutermostMainFrame !== false)
      .map((event) => ({ at: at(event), type: event.args.data.type, size: event.args.data.size, nodeId: event.args.data.nodeId }));
  }
  // The element, from the page itself.
  let browser;
  try {
    const { chromium } = await import("@playwright/test");
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1000);
    details.node = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const describe = (element) => {
            const parts = [];
            for (let current = element; current && current.nodeType === 1 && parts.length < 4; current = current.parentElement) {
              const classes = [...current.classList].slice(0, 2).map((name) => `.${name}`).join("");
              parts.unshift(`${current.tagName.toLowerCase()}${current.id ? `#${current.id}` : ""}${classes}`);
            }
            return parts.join(" > ");
          };
          new PerformanceObserver((list) => {
            const entry = list.getEntries().at(-1);
            resolve({
              selector: entry.element ? describe(entry.element) : "(element removed)",
              text: entry.element?.textContent?.trim().replace(/\s+/g, " ").slice(0, 70) ?? "",
              size: entry.size,
              url: entry.url || undefined,
              renderTime: Math.round(entry.renderTime || entry.startTime),
            });
          }).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => resolve(null), 3000);
        }),
    );
    await context.close();
  } catch (error) {
    details.node = { selector: `(not found: ${String(error?.message ?? error).split("\n")[0]})` };
  } finally {
    // Disconnects; the Chromium of the run stays up for the next page.
    await browser?.close().catch(() => {});
  }
  return details;
}

const dataDir = path.join(root, ".data", "bench-web");
const reportDir = path.join(dataDir, "lighthouse");

if (buildIsStale(root)) {
  console.log("[bench:web] the production build is missing or older than the sources: building …");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

rmSync(dataDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const port = Number(option("port", process.env.BENCH_WEB_PORT || (await freePort())));
const origin = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PGLITE_DIR: path.join(dataDir, "pglite"),
  SEED_DEMO: "1",
  AUTH_SECRET: "bench-web-only-secret-not-for-production-0000",
  APP_URL: origin,
  LOG_LEVEL: "warn",
};
delete env.DATABASE_URL;
delete env.AUTH_URL;
delete env.TRUST_PROXY;
console.log(`[bench:web] starting the production build on ${origin} (embedded PGlite, demo data) …`);
const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs"), "-p", String(port)], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
const stopServer = () =>
  new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.kill("SIGKILL"), 20_000);
    server.once("exit", () => (clearTimeout(timer), resolve()));
    server.kill("SIGTERM");
  });
process.once("SIGINT", () => stopServer().then(() => process.exit(130)));

try {
  await waitFor(`${origin}/api/ready`);

  const pages = (await publicPages(origin)).filter(([name]) => !only.length || only.includes(name));
  // Warm up: the first request of a route loads its server code.
  for (const [, pagePath] of pages) for (let i = 0; i < 3; i++) await fetch(`${origin}${pagePath}`).then((response) => response.arrayBuffer());

  const rows = new Map(pages.map(([name, pagePath]) => [name, { page: name, path: pagePath }]));
  const breakdowns = [];
  if (withLighthouse) {
    const { default: lighthouse } = await import("lighthouse");
    const chromium = launchChromium();
    try {
      const debuggingPort = await chromium.port;
      for (const [name, pagePath] of pages) {
        process.stdout.write(`[bench:web] Lighthouse ${pagePath} … `);
        const result = await lighthouse(`${origin}${pagePath}`, {
          port: debuggingPort,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        writeFileSync(path.join(reportDir, `${name}.json`), result.report);
        const { categories, audits } = result.lhr;
        const score = (id) => (categories[id]?.score == null ? "–" : Math.round(categories[id].score * 100));
        const scripts = (audits["network-requests"]?.details?.items ?? []).filter((item) => item.resourceType === "Script");
        const row = rows.get(name);
        Object.assign(row, {
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best practices": score("best-practices"),
          seo: score("seo"),
          fcp: audits["first-contentful-paint"]?.numericValue,
          lcp: audits["largest-contentful-paint"]?.numericValue,
          tbt: audits["total-blocking-time"]?.numericValue,
          cls: audits["cumulative-layout-shift"]?.numericValue,
          jsKb: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1000,
          failing: Object.values(categories)
            .filter((category) => category.id !== "performance")
            .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1).map((ref) => ref.id)),
        });
        breakdowns.push({ name, ...(await lcpDetails(result, debuggingPort, `${origin}${pagePath}`)) });
        console.log(`performance ${row.performance}, LCP ${(row.lcp / 1000).toFixed(2)} s`);
      }
    } finally {
      await chromium.stop();
    }
  }

  if (withLoad) {
    // The static-file ceiling of the same server: one of the page's JavaScript chunks.
    const home = await fetch(`${origin}/`).then((response) => response.text());
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    const targets = [...pages, ...(chunk ? [["static JS file", chunk]] : [])];
    for (const [name, pagePath] of targets) {
      process.stdout.write(`[bench:web] autocannon ${pagePath} (${connections} connections, ${duration} s) … `);
      const { times, errors } = await runAutocannon({ url: `${origin}${pagePath}`, connections, duration });
      const sorted = times.sort((a, b) => a - b);
      const row = rows.get(name) ?? { page: name, path: pagePath };
      rows.set(name, Object.assign(row, { reqs: sorted.length / duration, p50: percentile(sorted, 50), errors }));
      console.log(`${row.reqs.toFixed(0)} req/s, p50 ${Math.round(row.p50)} ms, ${errors} errors`);
    }
  }

  const cell = (value, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? "" : typeof value === "number" ? value.toFixed(digits) : String(value));
  const seconds = (ms) => (ms === undefined ? "" : `${(ms / 1000).toFixed(1)} s`);
  console.log(
    `\n[bench:web] ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")}; Lighthouse mobile preset (simulated throttling), autocannon ${connections} connections × ${duration} s\n`,
  );
  console.log("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | JS transferred | req/s | p50 | errors |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows.values())
    console.log(
      `| \`${row.path}\` (${row.page}) | ${cell(row.performance)} | ${cell(row.accessibility)} | ${cell(row["best practices"])} | ${cell(row.seo)} | ${seconds(row.fcp)} | ${seconds(row.lcp)} | ${row.tbt === undefined ? "" : `${Math.round(row.tbt)} ms`} | ${cell(row.cls, 3)} | ${row.jsKb === undefined ? "" : `${row.jsKb.toFixed(0)} kB`} | ${cell(row.reqs)} | ${row.p50 === undefined ? "" : `${Math.round(row.p50)} ms`} | ${cell(row.errors)} |`,
    );
  if (breakdowns.length) {
    console.log("\n[bench:web] LCP element and breakdown (ms)");
    for (const { name, node, phases, candidates, observedFcp } of breakdowns) {
      const list = Object.entries(phases)
        .map(([phase, timing]) => (typeof timing === "number" ? `${phase} ${Math.round(timing)}` : `${phase}: ${timing}`))
        .join(", ");
      const element = node ? `${node.selector}${node.text ? ` "${node.text}"` : ""}${node.url ? ` ${node.url}` : ""} (${node.size} px²)` : "(none reported)";
      const observed = candidates.map((candidate) => `${Math.round(candidate.at)} ms ${candidate.type} ${candidate.size} px²`).join("; ");
      console.log(`- ${name}: ${element}\n    simulated: ${list}\n    observed (unthrottled): FCP ${observedFcp === undefined ? "?" : Math.round(observedFcp)} ms; LCP candidates: ${observed || "none"}`);
    }
    const failing = [...rows.values()].filter((row) => row.failing?.length);
    if (failing.length) {
      console.log("\n[bench:web] audits below 1 in accessibility, best practices, SEO");
      for (const row of failing) console.log(`- ${row.page}: ${row.failing.join(", ")}`);
    }
    console.log(`\n[bench:web] Lighthouse reports: ${path.relative(root, reportDir)}/<page>.json`);
  }
} finally {
  await stopServer();
}
