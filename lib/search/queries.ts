import "server-only";
import { desc, gte, sql } from "drizzle-orm";
import { db, queryRows, type Database, type Executor } from "@/db/client";
import { searchMisses, searchSynonyms } from "@/db/schema";
import { processCached } from "@/lib/process-cache";
import type { Synonyms, Vocabulary } from "./rules";

/**
 * Like processCached, but loaded through the caller's executor: inside a transaction on PGlite
 * (one connection) a read through the global connection would wait for that transaction forever.
 */
function cachedPerProcess<T>(ttlMs: number, load: (executor: Database) => Promise<T>): (executor?: Executor) => Promise<T> {
  let entry: { value: Promise<T>; expires: number } | null = null;
  return (executor = db) => {
    const now = Date.now();
    if (!entry || entry.expires <= now) {
      const current = { value: load(executor as Database), expires: now + ttlMs };
      entry = current;
      current.value.catch(() => {
        if (entry === current) entry = null;
      });
    }
    return entry.value;
  };
}

/**
 * The vocabulary compounds are split against: every word (three letters or more) of the LeiKa and
 * OZG names, the Lebenslagen and Themenfelder, the synonym list and the solution titles. Kept per
 * process for ten minutes; a split that needs a word added since costs at most that long.
 */
const vocabulary = cachedPerProcess(10 * 60_000, async (executor) => {
  const rows = await queryRows<{ word: string; catalogue: boolean }>(
    sql`
    select w.lexeme as word, bool_or(t.catalogue) as catalogue
    from (
      select name, true from leika_services union all select name, true from ozg_services
      union all select name, true from lebenslagen union all select name, true from themenfelder
      union all select term, true from search_synonyms union all select synonym, true from search_synonyms
      union all select word, false from solution_words
    ) t(name, catalogue), unnest(to_tsvector('simple', t.name)) w
    where length(w.lexeme) >= 3 and position('-' in w.lexeme) = 0 and w.lexeme !~ '[0-9]'
    group by w.lexeme`,
    executor as Database,
  );
  return {
    words: new Set(rows.map((r) => r.word)) as Vocabulary,
    // Without the title words (which hold place names): a word of these is never taken for a place.
    catalogue: new Set(rows.filter((r) => r.catalogue).map((r) => r.word)) as Vocabulary,
    decompounded: new Map<string, string[] | null>(),
  };
});

export async function loadVocabulary(executor: Executor = db): Promise<{ words: Vocabulary; catalogue: Vocabulary; decompounded: Map<string, string[] | null> }> {
  return vocabulary(executor);
}

// A minute: an admin's edit of the list shows within that.
const synonyms = processCached(60_000, async () => {
  const rows = await db.select({ term: searchSynonyms.term, synonym: searchSynonyms.synonym }).from(searchSynonyms);
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.term, [...(map.get(row.term) ?? []), row.synonym]);
  return map as Synonyms;
});

export async function loadSynonyms(): Promise<Synonyms> {
  return synonyms();
}

/** How many LeiKa names of one service go into a solution's search terms (a few services have 300). */
const NAMES_PER_SERVICE = 40;

/**
 * Per OZG service: its name and its LeiKa base names (a Leistungsobjekt without its Verrichtung:
 * "Baugenehmigung", not "Baugenehmigung Erteilung", whose second word every service shares).
 */
export const serviceNames = cachedPerProcess(10 * 60_000, async (executor) => {
  const rows = await queryRows<{ id: number; names: string[] }>(
    sql`
    select o.id, array_prepend(o.name, coalesce(array(
      select l.name from leika_services l
      where l.ozg_service_id = o.id and (l.leika_key is null or l.leika_key like '%000000')
      order by l.id limit ${NAMES_PER_SERVICE}), '{}')) as names
    from ozg_services o`,
    executor as Database,
  );
  return new Map(rows.map((r) => [Number(r.id), r.names]));
});

/** How many days of zero-result searches /admin/search shows, and how long they are kept. */
export const MISS_DAYS_SHOWN = 90;

/** Searches that found nothing in the last `days` days, most frequent first (for admins). */
export async function listSearchMisses(days = MISS_DAYS_SHOWN, limit = 200, executor: Executor = db) {
  const total = sql<number>`sum(${searchMisses.count})::int`;
  return executor
    .select({ query: searchMisses.query, count: total, days: sql<number>`count(*)::int`, lastSeenAt: sql<Date>`max(${searchMisses.lastSeenAt})`.mapWith(searchMisses.lastSeenAt) })
    .from(searchMisses)
    .where(gte(searchMisses.day, missDayAgo(days)))
    .groupBy(searchMisses.query)
    .orderBy(desc(total), searchMisses.query)
    .limit(limit);
}

/** The Berlin day `days` days ago, as search_misses.day writes it. */
export function missDayAgo(days: number) {
  return sql<string>`to_char((now() at time zone 'Europe/Berlin') - make_interval(days => ${days}), 'YYYY-MM-DD')`;
}
