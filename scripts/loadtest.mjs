#!/usr/bin/env node
// `npm run loadtest [-- --duration 60 --instances 2 --connections 24]`: starts the server-mode
// topology of `npm run cluster` (nginx on loopback in front of `next start` instances on one
// Postgres database, demo data) with rate limits raised for its own run, and drives a realistic
// mix through the proxy with autocannon for a bounded time: browsing the catalogue, searching,
// opening solutions and meetups, the JSON API, sign-in requests and meetup registrations (members
// with sessions made for the run). Prints req/s and p50/p95/p99 per route, the error count and each
// instance's peak RSS. Database: LOADTEST_DATABASE_URL or DATABASE_URL's server, database
// `kommunalnetz_loadtest` (created if missing, migrated and seeded; the run's members are removed).
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import postgres from "postgres";
import { percentile, runAutocannon } from "./autocannon-run.mjs";
import { startCluster } from "./cluster.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const duration = Number(option("duration", 60));
const instances = Number(option("instances", 2));
const connections = Number(option("connections", 24));
const port = Number(option("port", process.env.LOADTEST_PORT || 3260));
if (!(duration > 0 && duration <= 600)) throw new Error("--duration: 1 … 600 seconds");

const serverUrl = new URL(process.env.LOADTEST_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
if (!process.env.LOADTEST_DATABASE_URL) serverUrl.pathname = "/kommunalnetz_loadtest";
const databaseName = serverUrl.pathname.slice(1);
{
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  const [exists] = await sql`select 1 from pg_database where datname = ${databaseName}`;
  if (!exists) await sql.unsafe(`create database "${databaseName}"`);
  await sql.end();
}

const generous = "1000000000";
const metricsToken = randomBytes(16).toString("hex");
console.log(`[loadtest] starting ${instances} instance(s) behind nginx on 127.0.0.1:${port} (database ${databaseName}) …`);
const cluster = await startCluster({
  databaseUrl: serverUrl.toString(),
  port,
  instances,
  quiet: true,
  env: {
    // The instances run with the production heap cap (scripts/heap.mjs, README "Memory");
    // LOADTEST_NODE_OPTIONS replaces NODE_OPTIONS for them, e.g. `--max-old-space-size=4096` to see
    // the uncapped figures (a flag it does not set is still added).
    ...(process.env.LOADTEST_NODE_OPTIONS ? { NODE_OPTIONS: process.env.LOADTEST_NODE_OPTIONS } : {}),
    SEED_DEMO: "1",
    LOG_LEVEL: "warn",
    METRICS_TOKEN: metricsToken,
    // The run's own limits: the mix comes from one client IP, far over what one person may do.
    RATE_LIMIT_SEARCH_PER_IP: generous,
    RATE_LIMIT_API_PER_IP: generous,
    RATE_LIMIT_SIGNIN_PER_IP: generous,
    RATE_LIMIT_SIGNIN_PER_EMAIL: generous,
    RATE_LIMIT_SIGNIN_GLOBAL: generous,
    RATE_LIMIT_REGISTRATIONS_PER_MEMBER: generous,
  },
});
const sql = postgres(serverUrl.toString(), { max: 2, onnotice: () => {} });
const run = randomUUID().slice(0, 8);

/** RSS of a process and its children (next start may fork), in bytes. */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) stack.push(...children.split(" ").map(Number));
      }
    } catch {
      // gone
    }
  }
  return total;
}

try {
  // What the mix opens: published solutions and meetups of the demo data, members with sessions.
  const solutionSlugs = (await sql`select slug from solutions where status <> 'draft' and withdrawn_at is null limit 200`.catch(() => sql`select slug from solutions limit 200`)).map((r) => r.slug);
  const meetups = await sql`select id, slug from meetups where state = 'published' and starts_at > now() order by starts_at limit 20`;
  const members = [];
  for (let i = 0; i < 40; i++) {
    const [user] = await sql`insert into users (id, email, name, municipality_ags) values (${randomUUID()}, ${`loadtest-${run}-${i}@loadtest.invalid`}, ${`Lasttest ${i}`}, null) returning id`;
    const token = randomBytes(24).toString("base64url");
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
    members.push({ id: user.id, cookie: `authjs.session-token=${token}` });
  }
  if (!solutionSlugs.length || !meetups.length) throw new Error("the demo data has no solutions or no upcoming meetups");

  // The no-JavaScript form of "register" on a meetup page: its hidden fields name the server action.
  const formOf = (html, label) => {
    for (const match of html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)) {
      if (!match[1].includes(label)) continue;
      const fields = [...match[1].matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((input) => [
        /name="([^"]*)"/.exec(input[0])?.[1],
        (/value="([^"]*)"/.exec(input[0])?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
      ]);
      return fields.filter(([name]) => name);
    }
    return null;
  };
  // Each meetup's form names its own action (the meetup is bound into it).
  const registerForms = [];
  for (const meetup of meetups.slice(0, 5)) {
    const page = await fetch(`${cluster.url}/meetups/${meetup.slug}`, { headers: { cookie: members[0].cookie } }).then((r) => r.text());
    const fields = formOf(page, 'name="note"');
    if (fields) registerForms.push({ slug: meetup.slug, fields: [...fields, ["note", ""], ["listPublicly", "on"]] });
  }
  const multipart = (fields) => {
    const boundary = `----loadtest${randomBytes(8).toString("hex")}`;
    const body = fields.map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
    return { body, type: `multipart/form-data; boundary=${boundary}` };
  };

  const csrfResponse = await fetch(`${cluster.url}/api/auth/csrf`);
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrfResponse.json();

  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const terms = ["wohngeld", "parkausweis", "fellbach", "kita", "hund", "elterngeld", "waibl", "online", "antrag", "gewerbe"];
  /** route → [share of the connections, the request] */
  const routes = {
    "GET /solutions": [2, () => ({ path: "/solutions" })],
    "GET /services": [1, () => ({ path: "/services" })],
    "GET /municipalities": [1, () => ({ path: "/municipalities" })],
    "GET /solutions?q=": [3, () => ({ path: `/solutions?q=${pick(terms)}` })],
    "GET /municipalities?q=": [1, () => ({ path: `/municipalities?q=${pick(terms)}` })],
    "GET /services?q=": [1, () => ({ path: `/services?q=${pick(terms)}` })],
    "GET /solutions/[slug]": [4, () => ({ path: `/solutions/${pick(solutionSlugs)}` })],
    "GET /meetups": [1, () => ({ path: "/meetups" })],
    "GET /meetups/[slug]": [2, () => ({ path: `/meetups/${pick(meetups).slug}` })],
    "GET /api/v1/solutions": [1, () => ({ path: "/api/v1/solutions?pageSize=20" })],
    "POST sign-in request": [
      1,
      () => ({
        method: "POST",
        path: "/api/auth/signin/email",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
        body: new URLSearchParams({ email: `loadtest-${run}-${randomBytes(6).toString("hex")}@loadtest.invalid`, csrfToken, callbackUrl: "/" }).toString(),
      }),
    ],
  };
  if (registerForms.length) {
    routes["POST meetup registration"] = [
      1,
      () => {
        const form = pick(registerForms);
        const { body, type } = multipart(form.fields);
        return { method: "POST", path: `/meetups/${form.slug}`, headers: { "content-type": type, cookie: pick(members).cookie }, body };
      },
    ];
  } else console.warn("[loadtest] no registration form found on the meetup page: registrations left out of the mix");

  const shares = Object.values(routes).reduce((sum, [share]) => sum + share, 0);
  const peaks = cluster.pids.map(() => 0);
  const sampler = setInterval(() => cluster.pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i], treeRss(pid)))), 250);
  const rssBefore = cluster.pids.map(treeRss);

  console.log(`[loadtest] ${connections} connections for ${duration} s: ${Object.keys(routes).join(", ")}`);
  const results = await Promise.all(
    Object.entries(routes).map(async ([name, [share, request]]) => ({
      name,
      ...(await runAutocannon({ url: cluster.url, connections: Math.max(1, Math.round((connections * share) / shares)), duration, request })),
    })),
  );
  clearInterval(sampler);

  const rows = results.map(({ name, times, errors }) => {
    const sorted = times.sort((a, b) => a - b);
    return { route: name, "req/s": (sorted.length / duration).toFixed(1), p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)), errors };
  });
  const total = results.reduce((sum, r) => sum + r.times.length, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const all = results.flatMap((r) => r.times).sort((a, b) => a - b);
  rows.push({ route: "all", "req/s": (total / duration).toFixed(1), p50: Math.round(percentile(all, 50)), p95: Math.round(percentile(all, 95)), p99: Math.round(percentile(all, 99)), errors });
  console.log(`\n[loadtest] ${instances} instance(s), ${connections} connections, ${duration} s, latency in ms`);
  console.table(rows);
  const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;
  cluster.pids.forEach((pid, i) => console.log(`[loadtest] instance ${i + 1} (pid ${pid}): RSS ${mb(rssBefore[i])} before, peak ${mb(peaks[i])}, ${mb(treeRss(pid))} at the end`));
  // Where the memory is, as the instances see it (process.memoryUsage via prom-client).
  for (const [i, instanceUrl] of cluster.instanceUrls.entries()) {
    const text = await fetch(`${instanceUrl}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } }).then((r) => r.text());
    const value = (name) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1] ?? NaN);
    console.log(
      `[loadtest] instance ${i + 1}: V8 heap ${mb(value("nodejs_heap_size_used_bytes"))} used of ${mb(value("nodejs_heap_size_total_bytes"))}, external ${mb(value("nodejs_external_memory_bytes"))}, RSS ${mb(value("process_resident_memory_bytes"))}`,
    );
  }
  const [{ registered }] = await sql`select count(*)::int as registered from meetup_registrations r join users u on u.id = r.user_id where u.email like ${`loadtest-${run}-%`}`;
  console.log(`[loadtest] members of this run registered for a meetup: ${registered} of ${members.length}`);
  if (process.env.LOADTEST_HOLD) {
    console.log(`[loadtest] LOADTEST_HOLD: the cluster stays up (pids ${cluster.pids.join(", ")}); Ctrl+C stops it.`);
    await new Promise((resolve) => process.once("SIGINT", resolve));
  }
} finally {
  await sql`delete from users where email like ${`loadtest-${run}-%`}`.catch(() => {});
  await sql`delete from verification_tokens where identifier like ${`loadtest-${run}-%`}`.catch(() => {});
  await sql.end({ timeout: 2 });
  await cluster.stop();
}
