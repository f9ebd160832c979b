// The benchmark proper; started by run.ts with the "react-server" condition and cwd = project root.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { loadVocabulary, mulberry32 } from "./corpus";
import { killServerNow, measureSolutionsPage, stopServer, type PageResult } from "./http";
import { FANOUT_TARGET_MS, measureFanout, type FanoutResult } from "./fanout";
import { DISCUSSION_TARGET_MS, measureDiscussion, type DiscussionResult } from "./discussion";
import { formatTable, measure, type Stats } from "./measure";

const TARGET_MS = 50;

type Options = {
  n: number;
  runs: number;
  warmups: number;
  pageWarmups: number;
  port: number;
  seed: number;
  commonWord: string;
  batchSize: number;
  http: boolean;
  forcePglite: boolean;
  followers: number;
  comments: number;
};

function parseOptions(argv: string[]): Options & { nGiven: boolean } {
  const args = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument: ${arg} (see scripts/bench/README.md)`);
    args.set(match[1]!, match[2] ?? "true");
  }
  const number = (name: string, env: string | undefined, fallback: number) => {
    const raw = args.get(name) ?? (env ? process.env[env] : undefined);
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw.replace(/[_,]/g, ""));
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${raw}`);
    return value;
  };
  const nRaw = args.get("n") ?? process.env.BENCH_N;
  return {
    n: number("n", "BENCH_N", 0),
    nGiven: nRaw !== undefined && nRaw !== "",
    runs: Math.max(1, number("runs", "BENCH_RUNS", 50)),
    warmups: number("warmup", "BENCH_WARMUP", 5),
    pageWarmups: number("page-warmup", "BENCH_PAGE_WARMUP", 100),
    port: number("port", "BENCH_PORT", 3200),
    seed: number("seed", "BENCH_SEED", 42),
    commonWord: args.get("common-word") ?? process.env.BENCH_COMMON_WORD ?? "Antrag",
    batchSize: Math.max(1, number("batch", "BENCH_BATCH", 2000)),
    http: args.get("no-http") === undefined && process.env.BENCH_HTTP !== "0",
    forcePglite: args.has("pglite"),
    followers: number("followers", "BENCH_FOLLOWERS", 10_000),
    comments: number("comments", "BENCH_COMMENTS", 500),
  };
}

const log = (message: string) => console.log(message);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

type QueryResult = { key: string; label: string; detail: string; stats: Stats | null; note?: string; cappedRuns?: number };

const loadAverage = () => os.loadavg()[0]!.toFixed(2);

export async function main() {
  const started = performance.now();
  const loadStart = loadAverage();
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = options.forcePglite ? undefined : process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const kind = serverUrl ? ("postgres" as const) : ("pglite" as const);
  const n = options.nGiven ? options.n : kind === "postgres" ? 100_000 : 10_000;
  if (n < 100) throw new Error("--n must be at least 100");

  // Where the app would look; the bench never touches it.
  const pgliteDir = path.join(process.cwd(), ".data", "bench-pglite");
  let databaseLabel: string;
  let benchUrl: string | undefined;
  const cleanups: (() => Promise<void>)[] = [];

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping …`);
    void stopServer().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", killServerNow);

  if (serverUrl) {
    const url = new URL(serverUrl);
    const benchName = `${decodeURIComponent(url.pathname.slice(1)) || "postgres"}_bench`;
    const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`drop database if exists "${benchName}" with (force)`);
      await admin.unsafe(`create database "${benchName}"`);
    } finally {
      await admin.end({ timeout: 5 });
    }
    url.pathname = `/${benchName}`;
    benchUrl = url.toString();
    // db/client.ts reads these on first use, which comes after this.
    process.env.DATABASE_URL = benchUrl;
    // Server mode needs a secret (lib/auth/secret-config.ts); the bench signs nothing anyone keeps.
    process.env.AUTH_SECRET ||= "bench-only-secret-not-for-production-00000000";
    // Seeding 100,000 solutions builds big indexes; the app's 30 s statement limit is not for that.
    process.env.DATABASE_STATEMENT_TIMEOUT_MS ||= "0";
    databaseLabel = `Postgres database "${benchName}" on ${url.host}`;
  } else {
    rmSync(pgliteDir, { recursive: true, force: true });
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = pgliteDir;
    databaseLabel = `PGlite in ${path.relative(process.cwd(), pgliteDir)}`;
  }

  log(`Kommunalnetz search benchmark: ${n.toLocaleString("en")} solutions, ${databaseLabel}`);
  if (kind === "pglite") {
    log(
      `  No BENCH_DATABASE_URL/DATABASE_URL set: running on embedded PGlite with ${options.nGiven ? "" : "the smaller default "}N = ${n.toLocaleString("en")}.` +
        ` The ${TARGET_MS} ms target is defined for a Postgres server at 100,000 solutions.`,
    );
  }

  // Imported only now: the modules read DATABASE_URL / PGLITE_DIR when the connection opens.
  const { closeConnection, createConnection, getConnection, queryRows } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { seedReferenceData } = await import("@/db/seed/reference");
  const { seedSolutions } = await import("./seed");
  const { buildPools } = await import("./pools");
  const { getSolutionBySlug } = await import("@/lib/solutions/queries");
  const { searchSolutions } = await import("@/lib/search/solution-queries");
  const { listSuggestions } = await import("@/lib/search/suggestion-queries");
  const { searchEverything } = await import("@/lib/search/grouped-queries");
  const { searchComments } = await import("@/lib/discussion/search-queries");
  const { solutionSearchInput } = await import("@/lib/solutions/schema");
  cleanups.push(closeConnection);

  const results: QueryResult[] = [];
  let page: PageResult = { outcome: "skipped", reason: "--no-http" };
  try {
    // --- Schema and reference data ---------------------------------------------------------
    const setupStarted = performance.now();
    if (kind === "postgres") {
      // The migration takes a session-level advisory lock: it wants a single-connection handle.
      const connection = createConnection({ maxConnections: 1 });
      try {
        await migrateDatabase(connection.db, connection.kind);
      } finally {
        await connection.close();
      }
    } else {
      await migrateDatabase(getConnection().db, kind);
    }
    const db = getConnection().db;
    await seedReferenceData(db);
    const [version] = await queryRows<{ version: string }>(sql`select version() as version`, db);
    const setupMs = performance.now() - setupStarted;
    log(`Schema and reference data: ${seconds(setupMs)} (${version?.version.split(" on ")[0] ?? "unknown version"})`);

    // --- Bulk load ------------------------------------------------------------------------------
    log(`Seeding ${n.toLocaleString("en")} published solutions …`);
    const vocabulary = loadVocabulary(mulberry32(options.seed));
    const seeded = await seedSolutions(
      db,
      {
        n,
        seed: options.seed,
        commonWord: options.commonWord,
        kind,
        batchSize: options.batchSize,
        concurrency: kind === "postgres" ? 2 : 1,
        log,
      },
      vocabulary,
    );
    log(
      `Seeded ${seeded.solutions.toLocaleString("en")} solutions, ${seeded.solutionServices.toLocaleString("en")} service links, ` +
        `${seeded.reuses.toLocaleString("en")} reuses in ${seconds(seeded.ms.total)} ` +
        `(insert ${seconds(seeded.ms.insert)}, indexes ${seconds(seeded.ms.indexes)}, vacuum/analyze ${seconds(seeded.ms.analyze)}; ` +
        `${seeded.rowsPerSecond.toLocaleString("en")} solutions/s)`,
    );

    if (kind === "postgres") {
      // The load leaves a few hundred MB of dirty pages; a live database has long written them out.
      // Without this the checkpointer writes them back during the measurements.
      await db.execute(sql`checkpoint`);
    }
    const loadMeasured = loadAverage();

    // --- Term pools --------------------------------------------------------------------------
    const pools = await buildPools(db, vocabulary, mulberry32(options.seed + 1), n, options.commonWord);
    const common = pools.commonWord;
    log(
      `Common word "${common.word}": ${percent(common.share)} of all solutions (${common.matches.toLocaleString("en")} full-text matches)` +
        (common.share > 1 / 3 ? "" : `  ← NOT more than a third; pick another with --common-word=`),
    );
    log(
      `Pools: common ${pools.common.map((c) => `${c.word} ${percent(c.share)}`).join(", ")}; ` +
        `rare ${pools.rare.length} words (${Math.min(...pools.rare.map((r) => r.matches))}–${Math.max(...pools.rare.map((r) => r.matches))} matches); ` +
        `${pools.twoWords.length} word pairs; ${pools.typos.length} typos (e.g. ${pools.typos.slice(0, 3).map((t) => `${t.typo} for ${t.of}`).join(", ")}); ` +
        `${pools.filters.length} filter combinations; ${pools.slugs.length} slugs`,
    );

    // --- Queries -------------------------------------------------------------------------------
    const at = <T>(pool: T[], i: number) => pool[i % pool.length]!;
    // How often the search reported a lower bound (totalCapped) instead of an exact total.
    let capped = 0;
    const search = async (input: Record<string, string>) => {
      const result = await searchSolutions(solutionSearchInput.parse(input));
      if (result.totalCapped) capped++;
      return result.total;
    };
    const timing = { warmups: options.warmups, runs: options.runs };
    // Town + topic: a frequent word and the one-word name of a municipality that has solutions.
    const townNames = (
      await queryRows<{ name: string }>(
        sql`select distinct m.short_name as name from solutions s join municipalities m on m.ags = s.municipality_ags where m.short_name ~ '^[A-Za-zÄÖÜäöüß]+$' order by 1 limit 40`,
        db,
      )
    ).map((r) => r.name);
    const queries: { key: string; label: string; detail: string; task: (i: number) => Promise<number | undefined> }[] = [
      { key: "rare", label: "rare word", detail: `${pools.rare.length} tail words, relevance`, task: (i) => search({ q: at(pools.rare, i).word }) },
      { key: "common", label: "common word", detail: `${pools.common.map((c) => c.word).join("/")}, each > 1/3, relevance`, task: (i) => search({ q: at(pools.common, i).word }) },
      { key: "twoWords", label: "two words", detail: `e.g. "${pools.twoWords[0]}", relevance`, task: (i) => search({ q: at(pools.twoWords, i) }) },
      { key: "typo", label: "title typo", detail: `e.g. "${pools.typos[0]?.typo}", relevance`, task: (i) => search({ q: at(pools.typos, i).typo }) },
      {
        key: "townTopic",
        label: "town + topic",
        detail: `e.g. "${pools.common[0]?.word} ${townNames[0]}", relevance`,
        task: (i) => search({ q: `${at(pools.twoWords, i).split(" ")[0]} ${at(townNames, i)}` }),
      },
      {
        key: "partial",
        label: "partial match",
        detail: "a tail word plus one no solution has, relevance (ranked by coverage)",
        task: (i) => search({ q: `${at(pools.rare, i).word} Quittungsdrucker` }),
      },
      {
        key: "filtered",
        label: "filtered list",
        detail: "state + status + maturity, newest (first: 08/live/3)",
        task: (i) => {
          const f = at(pools.filters, i);
          return search({ state: f.state, status: f.status, maturity: String(f.maturity), sort: "newest" });
        },
      },
      {
        key: "helpful",
        label: "most helpful",
        detail: "sort=helpful, no query, pages 1–5",
        task: (i) => search({ sort: "helpful", page: String((i % 5) + 1) }),
      },
      {
        key: "questions",
        label: "questions filter",
        detail: "questions=open / answered, newest",
        task: (i) => search({ questions: i % 2 === 0 ? "open" : "answered" }),
      },
      {
        key: "suggestions",
        label: "suggestions",
        detail: "listSuggestions for 3–5 letter prefixes of tail words (services, towns, titles)",
        task: async (i) => (await listSuggestions(at(pools.rare, i).word.slice(0, 3 + (i % 3)))).length,
      },
      {
        key: "grouped",
        label: "grouped /search",
        detail: "searchEverything: solutions, services, towns, meetups, comments (anonymous), common words",
        task: async (i) => (await searchEverything(at(pools.common, i).word)).solutions.total,
      },
      {
        key: "comments",
        label: "comments search",
        detail: "searchComments (/search/comments), common words, newest first; a comment on every other solution",
        task: async (i) => (await searchComments(at(pools.common, i).word, null)).total,
      },
      {
        key: "detail",
        label: "detail by slug",
        detail: "getSolutionBySlug, random slugs",
        task: async (i) => ((await getSolutionBySlug(at(pools.slugs, i))) ? 1 : 0),
      },
    ];
    for (const query of queries) {
      if ((query.key === "typo" && pools.typos.length === 0) || (query.key === "rare" && pools.rare.length === 0)) {
        results.push({ key: query.key, label: query.label, detail: query.detail, stats: null, note: "no terms found" });
        continue;
      }
      process.stdout.write(`  measuring ${query.label} …`);
      const stats = await measure(query.task, { ...timing, afterWarmup: () => (capped = 0) });
      process.stdout.write(` p95 ${stats.p95} ms\n`);
      results.push({ key: query.key, label: query.label, detail: query.detail, stats, cappedRuns: capped });
    }
    // --- Notification fan-out ----------------------------------------------------------------
    let fanout: FanoutResult | null = null;
    if (options.followers > 0) {
      log(`Notification fan-out: a new solution in a Themenfeld with ${options.followers.toLocaleString("en")} followers …`);
      fanout = await measureFanout(db, { followers: options.followers, runs: Math.min(options.runs, 30), warmups: Math.min(options.warmups, 3), log });
    }
    // --- A solution page with a long discussion -----------------------------------------------
    let discussion: DiscussionResult | null = null;
    if (options.comments > 0 && pools.slugs.length > 0) {
      log(`Discussion: a solution page with ${options.comments} comments …`);
      discussion = await measureDiscussion(db, { slug: pools.slugs[0]!, comments: options.comments, runs: options.runs, warmups: options.warmups, log });
    }
    const commonResult = results.find((r) => r.key === "common");
    const searchShare = commonResult?.cappedRuns ? null : commonResult?.stats?.medianMatches;

    // --- The page over HTTP -----------------------------------------------------------------
    if (options.http) {
      log(`Measuring GET /solutions?q=<common word> on the production server (port ${options.port}) …`);
      if (kind === "pglite") await closeConnection(); // PGlite admits one process.
      const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
      delete env.NODE_OPTIONS;
      if (kind === "postgres") {
        env.DATABASE_URL = benchUrl;
        delete env.PGLITE_DIR;
      } else {
        delete env.DATABASE_URL;
        env.PGLITE_DIR = pgliteDir;
      }
      env.AUTH_SECRET ||= "bench-only-secret-not-for-production-00000000";
      page = await measureSolutionsPage({
        root: process.cwd(),
        port: options.port,
        env,
        words: pools.common.map((c) => c.word),
        // A fresh `next start` needs some dozens of requests before V8 has optimised the render
        // path (the first ten take about twice as long); a running instance is past that.
        warmups: options.pageWarmups,
        runs: options.runs,
        log,
      });
      if (page.outcome !== "measured") log(`  ${page.outcome}: ${page.reason}`);
    }

    // --- Report ------------------------------------------------------------------------------
    const rows: string[][] = results.map((r) => [
      r.label,
      r.stats ? r.stats.p50.toFixed(1) : "–",
      r.stats ? r.stats.p95.toFixed(1) : "–",
      r.stats ? r.stats.p99.toFixed(1) : "–",
      r.stats?.medianMatches != null ? `${r.cappedRuns ? "≥" : ""}${r.stats.medianMatches.toLocaleString("en")}` : "–",
      r.detail,
    ]);
    rows.push([
      "GET /solutions?q=",
      page.outcome === "measured" ? page.stats.p50.toFixed(1) : "–",
      page.outcome === "measured" ? page.stats.p95.toFixed(1) : "–",
      page.outcome === "measured" ? page.stats.p99.toFixed(1) : "–",
      page.outcome === "measured" ? `${Math.round((page.htmlBytes ?? 0) / 1024)} KiB` : "–",
      page.outcome === "measured"
        ? `common words, full HTML (${Math.round((page.stats.medianMatches ?? 0) / 1024)} KiB gzip)${page.failures ? `, ${page.failures} non-200` : ""}`
        : `${page.outcome}: ${page.reason.split("\n")[0]}`,
    ]);
    const targetApplies = kind === "postgres" && n >= 100_000;
    log("");
    log(`Results: ${kind === "postgres" ? "Postgres" : "PGlite"} (${version?.version.split(" on ")[0]}), N = ${n.toLocaleString("en")}, ${options.runs} runs after ${options.warmups} warm-ups (the page after ${options.pageWarmups})`);
    log(`Common word "${common.word}" in ${percent(common.share)} of the solutions${searchShare != null ? ` (the search, with trigram and town matches, finds ${percent(searchShare / n)} for the common pool, median)` : ""}`);
    log(`Seeding: ${seconds(seeded.ms.total)} for ${n.toLocaleString("en")} solutions (+ ${seconds(setupMs)} schema and reference data)`);
    const loadEnd = loadAverage();
    // The benchmark itself (Node plus database backends and parallel workers) counts in the later values.
    log(`Machine: ${os.cpus().length} cores; 1-minute load average ${loadStart} before the run (${loadMeasured} after seeding, ${loadEnd} at the end)`);
    if (Number(loadStart) > os.cpus().length * 0.75) {
      log("  Warning: the machine was already busy when the run started; the timings are likely pessimistic.");
    }
    const cappedNote = results.filter((r) => r.cappedRuns).map((r) => `${r.label} (${r.cappedRuns}/${r.stats?.runs})`);
    if (cappedNote.length > 0) log(`"≥": the search reported a lower bound, not an exact total, in: ${cappedNote.join(", ")}`);
    log("");
    log(formatTable(["query", "p50 ms", "p95 ms", "p99 ms", "matches", "terms"], rows, [false, true, true, true, true, false]));
    log("");
    log(`Target p95 < ${TARGET_MS} ms${targetApplies ? "" : " (defined for Postgres at 100,000 solutions; informational here)"}:`);
    const verdicts = [...results.map((r) => ({ label: r.label, stats: r.stats })), { label: "GET /solutions?q=", stats: page.outcome === "measured" ? page.stats : null }];
    for (const { label, stats } of verdicts) {
      if (!stats) log(`  ${label.padEnd(18)} not measured`);
      else log(`  ${label.padEnd(18)} p95 ${stats.p95.toFixed(1).padStart(7)} ms  ${stats.p95 < TARGET_MS ? "met" : "MISSED"}`);
    }

    if (fanout) {
      const slowest = Math.max(...fanout.jobs.map((j) => j.ms));
      log("");
      log(formatTable(
        ["notifications", "p50 ms", "p95 ms", "p99 ms", "what"],
        [
          ["publish, no followers", fanout.publishBefore.p50.toFixed(1), fanout.publishBefore.p95.toFixed(1), fanout.publishBefore.p99.toFixed(1), `createSolution, ${fanout.publishBefore.runs} runs`],
          [`publish, ${fanout.followers.toLocaleString("en")} followers`, fanout.publishAfter.p50.toFixed(1), fanout.publishAfter.p95.toFixed(1), fanout.publishAfter.p99.toFixed(1), "the same; it only enqueues the job"],
          ["unread count", fanout.unreadCount.p50.toFixed(1), fanout.unreadCount.p95.toFixed(1), fanout.unreadCount.p99.toFixed(1), "countUnread, index-only on notifications_unread_idx"],
        ],
        [false, true, true, true, false],
      ));
      log(`  fan-out job (notify.solution-published): ${fanout.jobs.map((j) => `${j.created.toLocaleString("en")} in ${j.ms} ms`).join(", ")}; ` +
        `target < ${FANOUT_TARGET_MS} ms ${slowest < FANOUT_TARGET_MS ? "met" : "MISSED"}` +
        (fanout.jobs.every((j) => j.created === fanout!.followers) ? "" : `  ← expected ${fanout.followers} each (duplicates across targets collapsed)`));
    }

    if (discussion) {
      log("");
      log(formatTable(
        ["discussion", "p50 ms", "p95 ms", "p99 ms", "what"],
        [
          ["page loaders, anonymous", discussion.anonymous.p50.toFixed(1), discussion.anonymous.p95.toFixed(1), discussion.anonymous.p99.toFixed(1), `getSolutionBySlug + loadDiscussion, ${discussion.comments} comments`],
          ["page loaders, member", discussion.member.p50.toFixed(1), discussion.member.p95.toFixed(1), discussion.member.p99.toFixed(1), "the same with Hilfreich and may-edit per comment"],
          ["Markdown of all comments, first render", discussion.markdownCold.p50.toFixed(1), discussion.markdownCold.p95.toFixed(1), discussion.markdownCold.p99.toFixed(1), "renderMarkdown of every body never rendered before in this process"],
          ["Markdown of all comments, again", discussion.markdown.p50.toFixed(1), discussion.markdown.p95.toFixed(1), discussion.markdown.p99.toFixed(1), "the same bodies again: the process' render cache (lib/markdown/render.ts)"],
        ],
        [false, true, true, true, false],
      ));
      const worst = Math.max(discussion.anonymous.p95, discussion.member.p95);
      log(`  page loaders with ${discussion.comments} comments: target p95 < ${DISCUSSION_TARGET_MS} ms ${worst < DISCUSSION_TARGET_MS ? "met" : "MISSED"}${kind === "postgres" ? "" : " (defined for Postgres; informational here)"}`);
    }

    const file = path.join(process.cwd(), ".data", "bench-results.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          finishedAt: new Date().toISOString(),
          database: { kind, label: databaseLabel, version: version?.version ?? null },
          machine: { cores: os.cpus().length, loadAverage: { start: Number(loadStart), afterSeeding: Number(loadMeasured), end: Number(loadEnd) } },
          n,
          runs: options.runs,
          warmups: options.warmups,
          pageWarmups: options.pageWarmups,
          seed: options.seed,
          targetMs: TARGET_MS,
          targetApplies,
          seeding: { ...seeded, setupMs: Math.round(setupMs) },
          commonWord: common,
          pools: { common: pools.common, rare: pools.rare, twoWords: pools.twoWords, typos: pools.typos, filters: pools.filters.length, slugs: pools.slugs.length },
          queries: Object.fromEntries(
            results.map((r) => [r.key, { label: r.label, terms: r.detail, ...r.stats, cappedRuns: r.cappedRuns, note: r.note, meetsTarget: r.stats ? r.stats.p95 < TARGET_MS : null }]),
          ),
          page:
            page.outcome === "measured"
              ? { outcome: page.outcome, url: page.url, failures: page.failures, ...page.stats, htmlBytes: page.htmlBytes, medianGzipBytes: page.stats.medianMatches, medianMatches: undefined, meetsTarget: page.stats.p95 < TARGET_MS }
              : page,
          fanout,
          discussion,
          totalMs: Math.round(performance.now() - started),
        },
        null,
        2,
      )}\n`,
    );
    log(`\nWritten to ${path.relative(process.cwd(), file)} (total ${seconds(performance.now() - started)}).`);
  } finally {
    await stopServer();
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}
