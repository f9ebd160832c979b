// `npm run bench:relevance`: the judged queries of relevance-queries.json against the demo catalogue.
// Prints success@3 (an expected solution among the first three) and MRR@10 (1 / rank of the first
// expected solution within the first ten, else 0), and every miss. Runs on a fresh in-memory PGlite
// by default; with DATABASE_URL on that database (migrated and seeded with the demo data; use a
// scratch database). Needs `--conditions=react-server` (see the npm script).
import { readFileSync } from "node:fs";
import path from "node:path";

process.env.PGLITE_DIR ??= "memory://";
process.env.LOG_LEVEL ??= "warn";

type Judged = { q: string; expect: string[]; kind: string; locale?: string; note?: string };

async function main(): Promise<{ successAt3: number; mrrAt10: number; misses: number }> {
  const { getConnection, closeConnection } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { seedDatabase } = await import("@/db/seed");
  const { demoSolutions } = await import("@/db/seed/demo-solutions/index");
  const { searchSolutions } = await import("@/lib/search/solution-queries");
  const { solutionSearchInput } = await import("@/lib/solutions/schema");
  const { queryRows } = await import("@/db/client");
  const { sql } = await import("drizzle-orm");

  const { db, kind } = getConnection();
  const started = Date.now();
  await migrateDatabase(db, kind);
  await seedDatabase(db, { demo: true });
  const titles = await queryRows<{ slug: string; title: string }>(sql`select slug, title from solutions where state = 'published'`);
  const slugByTitle = new Map(titles.map((t) => [t.title, t.slug]));
  const slugByKey = new Map(demoSolutions.map((d) => [d.key, slugByTitle.get(d.title)]));
  const keyBySlug = new Map([...slugByKey].map(([key, slug]) => [slug, key]));

  const file = path.join(process.cwd(), "scripts", "bench", "relevance-queries.json");
  const { queries } = JSON.parse(readFileSync(file, "utf8")) as { queries: Judged[] };
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  const byKind = new Map<string, { n: number; hits: number }>();
  const timings: number[] = [];
  for (const judged of queries) {
    const expected = new Set(judged.expect.map((key) => {
      const slug = slugByKey.get(key);
      if (!slug) throw new Error(`relevance: unknown demo key ${key}`);
      return slug;
    }));
    const t0 = performance.now();
    const page = await searchSolutions(solutionSearchInput.parse({ q: judged.q, pageSize: "10" }));
    timings.push(performance.now() - t0);
    const slugs = page.items.map((i) => i.slug);
    const rank = slugs.findIndex((s) => expected.has(s)) + 1;
    const success = rank >= 1 && rank <= 3;
    const stats = byKind.get(judged.kind) ?? { n: 0, hits: 0 };
    stats.n++;
    if (success) {
      hits++;
      stats.hits++;
    } else {
      const got = slugs.slice(0, 3).map((s) => keyBySlug.get(s) ?? s).join(", ") || "nothing";
      misses.push(`  ${JSON.stringify(judged.q)}${judged.locale ? ` (${judged.locale})` : ""}: expected ${judged.expect.join(" / ")}; rank ${rank || "–"}; top 3: ${got}`);
    }
    byKind.set(judged.kind, stats);
    if (rank >= 1 && rank <= 10) reciprocal += 1 / rank;
  }
  await closeConnection();
  const n = queries.length;
  const successAt3 = hits / n;
  const mrrAt10 = reciprocal / n;
  timings.sort((a, b) => a - b);
  console.log(`Relevance on the demo catalogue (${kind}, ${titles.length} published solutions, ${n} judged queries, setup ${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`  success@3 ${(successAt3 * 100).toFixed(1)} % (${hits}/${n})   MRR@10 ${mrrAt10.toFixed(3)}   median search ${timings[Math.floor(n / 2)]!.toFixed(1)} ms`);
  console.log(`  by kind: ${[...byKind].map(([k, s]) => `${k} ${s.hits}/${s.n}`).join(", ")}`);
  console.log(misses.length > 0 ? `Misses (${misses.length}):\n${misses.join("\n")}` : "No misses.");
  return { successAt3, mrrAt10, misses: misses.length };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("[relevance] failed:", error);
    process.exit(1);
  },
);
