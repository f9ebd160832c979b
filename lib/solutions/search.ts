import "server-only";
import { and, count, eq, exists, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { db, queryRows, type Executor } from "@/db/client";
import { comments, municipalities, ozgServices, solutionReuses, solutions, solutionServices, solutionWords } from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import { processCached } from "@/lib/process-cache";
import { listItemsByIds, newestFirst, published, type SolutionListItem } from "./queries";
import { RANKED_CANDIDATES, sizeBands, type SolutionSearch } from "./schema";

/** With fewer full-text matches than this, typo-tolerant title matching joins in. */
export const FUZZY_BELOW = 20;

/** How many vocabulary words a misspelt query word may stand for. */
export const CORRECTIONS_PER_WORD = 3;

const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

/** Filter conditions on `solutions` joined with its `municipalities` row. */
export function searchFilters(search: SolutionSearch): SQL[] {
  const conditions: SQL[] = [];
  const offers = (condition: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(solutionServices)
        .innerJoin(ozgServices, eq(ozgServices.id, solutionServices.ozgServiceId))
        .where(and(eq(solutionServices.solutionId, solutions.id), condition)),
    );
  if (search.themenfeld) conditions.push(offers(eq(ozgServices.themenfeldId, search.themenfeld)));
  if (search.service) conditions.push(offers(eq(solutionServices.ozgServiceId, search.service)));
  if (search.state) conditions.push(eq(municipalities.stateCode, search.state));
  if (search.district) conditions.push(eq(municipalities.districtCode, search.district));
  if (search.ags) conditions.push(eq(solutions.municipalityAgs, search.ags));
  if (search.size) {
    const band = sizeBands[search.size];
    conditions.push(gte(municipalities.population, band.min));
    if (band.max !== null) conditions.push(lt(municipalities.population, band.max));
  }
  if (search.maturity !== undefined) conditions.push(eq(solutions.maturity, search.maturity));
  if (search.status) conditions.push(eq(solutions.status, search.status));
  if (search.software) {
    // People remember the product or the vendor, rarely which field the author used.
    const pattern = `%${likeEscape(search.software)}%`;
    conditions.push(or(ilike(solutions.software, pattern), ilike(solutions.vendor, pattern))!);
  }
  if (search.openSource !== undefined) conditions.push(eq(solutions.isOpenSource, search.openSource));
  if (search.questions) {
    // A probe of comments_questions_idx (solution_id, answered_at where is_question and not deleted).
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(comments)
          .where(
            and(
              eq(comments.solutionId, solutions.id),
              eq(comments.isQuestion, true),
              sql`${comments.deletedAt} is null`,
              search.questions === "open" ? sql`${comments.answeredAt} is null` : sql`${comments.answeredAt} is not null`,
            ),
          ),
      ),
    );
  }
  return conditions;
}

/**
 * Municipalities with every word of the query in their name ("Frankfurt" → Frankfurt am Main and
 * Frankfurt (Oder)): one lookup in the index on the name's words, cheap enough for every search.
 */
export async function townsNamed(q: string): Promise<string[]> {
  const rows = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(sql`to_tsvector('simple', ${municipalities.shortName}) @@ plainto_tsquery('simple', ${q})`);
  return rows.map((r) => r.ags);
}

/**
 * Municipalities whose name resembles the query ("Felbach" → Fellbach), for searches that found
 * little otherwise. Without help the planner scans all 10,773 names and computes word_similarity for
 * each (15–60 ms); it does not know the function is expensive, so the index is forced for this one
 * statement. It runs only for searches that found little: for every search it would add the
 * solutions of each vaguely similar place name to ordinary results. Place names have a few words at
 * most: longer queries never reach the similarity threshold.
 */
export async function townsLike(q: string): Promise<string[]> {
  if (q.length > 40 || q.trim().split(/\s+/).length > 3) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await tx.select({ ags: municipalities.ags }).from(municipalities).where(sql`${municipalities.shortName} %> ${q}`);
    return rows.map((r) => r.ags);
  });
}

/**
 * Adds the words of a title to the vocabulary that typos are corrected against (solution_words).
 * Call it wherever a title is written; existing words cost an index lookup each.
 */
export async function recordTitleWords(tx: Executor, title: string): Promise<void> {
  await tx.execute(sql`
    insert into ${solutionWords} (word)
    select distinct w.lexeme from unnest(to_tsvector('simple', ${title})) w
    where length(w.lexeme) >= 3 and position('-' in w.lexeme) = 0
    on conflict do nothing`);
}

/**
 * The query with its typos corrected against the vocabulary of title words, as a tsquery; null when
 * no word needed (or found) a correction. Each query word (a `simple` lexeme, lowercased the same
 * way as the vocabulary) that is not itself a title word is replaced by itself OR its
 * CORRECTIONS_PER_WORD most similar title words (trigram similarity above pg_trgm's threshold,
 * found through the trigram index on the vocabulary); the words are then ANDed as in a normal
 * search. Correcting against one row per distinct word instead of against the titles keeps a typo
 * of a word common in titles cheap ("Genehigung" would make the title index propose thousands of
 * solutions, each to be rechecked).
 */
export async function correctedQuery(q: string): Promise<SQL | null> {
  const rows = await queryRows<{ word: string; alternative: string | null }>(sql`
    with words as (
      select distinct w.lexeme as word from unnest(to_tsvector('simple', ${q})) w where position('-' in w.lexeme) = 0
    )
    select words.word, c.word as alternative
    from words left join lateral (
      select v.word from ${solutionWords} v
      where length(words.word) >= 3
        and not exists (select 1 from ${solutionWords} x where x.word = words.word)
        and v.word % words.word
      order by v.word <-> words.word, v.word
      limit ${CORRECTIONS_PER_WORD}
    ) c on true
    order by words.word`);
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const alternatives = groups.get(row.word) ?? [];
    if (row.alternative !== null) alternatives.push(row.alternative);
    groups.set(row.word, alternatives);
  }
  if (![...groups.values()].some((alternatives) => alternatives.length > 0)) return null;
  const terms = [...groups].map(([word, alternatives]) =>
    sql`(${sql.join(
      [word, ...alternatives].map((w) => sql`plainto_tsquery('german', ${w})`),
      sql` || `,
    )})`,
  );
  return sql`(${sql.join(terms, sql` && `)})`;
}

/**
 * German full text (stemmed: "Anträge" finds "Antrag"), the typo-corrected words if any, or one of
 * the given municipalities ("Fellbach", or "Felbach" once townsLike has run).
 */
export function matchCondition(q: string, towns: readonly string[], corrected: SQL | null = null): SQL {
  return or(
    sql`${solutions.searchVector} @@ ${tsQuery(q)}`,
    corrected ? sql`${solutions.searchVector} @@ ${corrected}` : undefined,
    towns.length > 0 ? inArray(solutions.municipalityAgs, [...new Set(towns)]) : undefined,
  )!;
}

/**
 * What a search that found fewer than FUZZY_BELOW solutions tries next: the query's words corrected
 * against the title vocabulary, and municipalities with a similar name. Null when neither adds
 * anything, so the caller can keep its first result.
 */
export async function typoAlternatives(q: string): Promise<{ towns: string[]; corrected: SQL | null } | null> {
  const [towns, corrected] = await Promise.all([townsLike(q), correctedQuery(q)]);
  return towns.length > 0 || corrected ? { towns, corrected } : null;
}

/**
 * Runs a search by full text and municipalities named like the query; only when that finds fewer
 * than FUZZY_BELOW solutions are typos corrected and similar municipality names looked up
 * (typoAlternatives), and the search runs once more with the wider condition. The original
 * condition stays part of the new one, so no first-pass match is lost. `run` gets the correction
 * on the second pass (null on the first).
 */
async function withTypoRetry<R>(
  q: string,
  towns: readonly string[],
  run: (condition: SQL, retry: { corrected: SQL | null } | null) => Promise<R>,
  found: (result: R) => number,
): Promise<R> {
  const first = await run(matchCondition(q, towns), null);
  if (found(first) >= FUZZY_BELOW) return first;
  const alternatives = await typoAlternatives(q);
  if (!alternatives) return first;
  return run(matchCondition(q, [...towns, ...alternatives.towns], alternatives.corrected), { corrected: alternatives.corrected });
}

/** The municipalities join is only needed when a filter reads it (state, district, size). */
export function needsMunicipalities(search: SolutionSearch): boolean {
  return Boolean(search.state || search.district || search.size);
}

/**
 * The newest RANKED_CANDIDATES matches, all of them in relevance order: title hits (the A-weighted
 * part of the search_vector) first, then ts_rank_cd, then — with `similarTo`, for a query whose typos
 * were corrected — the trigram similarity of the typed query and the title; and whether there are
 * more matches than that.
 * One candidate beyond the window is fetched (not ranked) to tell "exactly RANKED_CANDIDATES" from
 * "more".
 *
 * How the newest matches are found is the expensive part. Walking published_at from the newest and
 * testing each row is what the planner picks for all but rare matches, and it is right for a common
 * word (a few hundred rows); but every row tested costs decompressing its search_vector (~1.4 KB),
 * which the planner does not count. With `materialize`, the full match set is
 * built from the GIN indexes first and cut with a top-N sort instead; see walkIsCheaper.
 */
async function rankedWindow(tsq: SQL, where: SQL, joinMunicipalities: boolean, materialize: boolean, similarTo: string | null = null): Promise<{ ids: string[]; more: boolean }> {
  const join = joinMunicipalities ? sql`inner join ${municipalities} on ${municipalities.ags} = ${solutions.municipalityAgs}` : sql``;
  const matches = sql`select ${solutions.id} as id, ${solutions.publishedAt} as published_at from ${solutions} ${join} where ${where}`;
  const candidates = materialize
    ? sql`matches as materialized (${matches}),
          candidates as (select id, published_at from matches order by published_at desc nulls last, id limit ${RANKED_CANDIDATES + 1})`
    : sql`candidates as (${matches} order by ${sql.join(newestFirst, sql`, `)} limit ${RANKED_CANDIDATES + 1})`;
  const rows = await queryRows<{ id: string; more: boolean }>(sql`
    with ${candidates},
      ranked_window as (select id from candidates order by published_at desc nulls last, id limit ${RANKED_CANDIDATES})
    select s.id, (select count(*) from candidates) > ${RANKED_CANDIDATES} as more
    from ranked_window c join ${solutions} s on s.id = c.id
    order by ts_filter(s.search_vector, '{a}') @@ ${tsq} desc,
      ts_rank_cd(s.search_vector, ${tsq}) desc,
      ${similarTo === null ? sql`` : sql`word_similarity(${similarTo}, s.title) desc,`}
      s.published_at desc nulls last, s.id`);
  return { ids: rows.map((r) => r.id), more: rows[0]?.more === true };
}

// The planner's row count of the table (updated by ANALYZE); a minute old is recent enough.
const tableSize = processCached(60_000, async () => {
  const rows = await queryRows<{ n: number }>(sql`select reltuples::float8 as n from pg_class where oid = 'solutions'::regclass`);
  return Number(rows[0]?.n ?? 0);
});

/**
 * Walking published_at visits about RANKED_CANDIDATES × published / matches rows and tests each
 * (~9 µs on a server, mostly decompressing the search_vector); building the match set from the GIN
 * index visits each match once without that test (~3.5 µs). So the walk wins when matches² exceeds
 * about 2.5 × RANKED_CANDIDATES × published: above roughly 7 % of 100,000 solutions. The match count
 * is the planner's own estimate (EXPLAIN, no execution), which for full text is close; it only lacks
 * the per-row cost to choose by itself.
 */
async function walkIsCheaper(where: SQL, joinMunicipalities: boolean): Promise<boolean> {
  const join = joinMunicipalities ? sql`inner join ${municipalities} on ${municipalities.ags} = ${solutions.municipalityAgs}` : sql``;
  const [plan, published] = await Promise.all([
    queryRows<{ "QUERY PLAN": unknown }>(sql`explain (format json) select 1 from ${solutions} ${join} where ${where}`),
    tableSize(),
  ]);
  const raw = plan[0]?.["QUERY PLAN"];
  const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan?: { "Plan Rows"?: number } }[] | undefined;
  const matches = parsed?.[0]?.Plan?.["Plan Rows"];
  // Never analysed (a fresh or tiny table): nothing to go by, and nothing to lose either way.
  if (matches === undefined || !(published > 0)) return false;
  return matches * matches > 2.5 * RANKED_CANDIDATES * published;
}

export type RelevancePage = { ids: string[]; total: number; totalCapped: boolean };

/**
 * One page in relevance order, and the total. Only the newest RANKED_CANDIDATES matches are ranked;
 * older matches follow, newest first, unranked, so every match stays reachable by paging. `total` is
 * exact up to the window; beyond it, `total` is RANKED_CANDIDATES and `totalCapped` says there are
 * more. Counting tens of thousands of matches means visiting every one of them in the heap, which
 * alone takes longer than the whole search should (about 100 ms for 65,000 matches even through the
 * GIN index).
 *
 * Full text and municipalities named so first. Only with fewer than FUZZY_BELOW of those are typos
 * corrected and similar municipality names looked up (typoAlternatives), and the window is built once
 * more; the original condition stays part of the new one, so no first-pass match is lost.
 */
export async function relevancePage(q: string, search: SolutionSearch, limit: number, offset: number): Promise<RelevancePage> {
  const joinMunicipalities = needsMunicipalities(search);
  const base = [eq(solutions.state, "published"), ...searchFilters(search)];
  // The plan is chosen by the full-text matches alone: the few solutions of a municipality named
  // like the query do not change which way is cheaper, and the town lookup runs alongside.
  const [towns, walk] = await Promise.all([townsNamed(q), walkIsCheaper(and(...base, matchCondition(q, []))!, joinMunicipalities)]);
  const { window, where } = await withTypoRetry(
    q,
    towns,
    async (condition, retry) => {
      const where = and(...base, condition)!;
      if (!retry) return { where, window: await rankedWindow(tsQuery(q), where, joinMunicipalities, !walk) };
      const walkNow = await walkIsCheaper(where, joinMunicipalities);
      return { where, window: await rankedWindow(retry.corrected ?? tsQuery(q), where, joinMunicipalities, !walkNow, q) };
    },
    (result) => result.window.ids.length,
  );
  const ids = window.ids.slice(offset, offset + limit);
  // Past the window the order is plain recency, so position P of the result is the P-th newest match.
  const start = Math.max(offset, RANKED_CANDIDATES);
  const rest = offset + limit - start;
  if (window.more && rest > 0) {
    let older = db.select({ id: solutions.id }).from(solutions).$dynamic();
    if (joinMunicipalities) older = older.innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs));
    const rows = await older.where(where).orderBy(...newestFirst).limit(rest).offset(start);
    ids.push(...rows.map((r) => r.id));
  }
  return { ids, total: window.ids.length, totalCapped: window.more };
}

/** A page of the catalogue; `totalCapped` marks `total` as a lower bound (see relevancePage). */
export type SolutionPage = Page<SolutionListItem> & { totalCapped?: boolean };

/**
 * The public catalogue: published solutions only, whatever the filters say. With a query sorted by
 * relevance, `total` is exact up to RANKED_CANDIDATES; with more matches it is RANKED_CANDIDATES and
 * `totalCapped` is set. Every other sort counts exactly.
 */
export async function searchSolutions(search: SolutionSearch): Promise<SolutionPage> {
  const sort = search.sort ?? (search.q ? "relevance" : "newest");
  const offset = (search.page - 1) * search.pageSize;
  if (sort === "relevance" && search.q) {
    const { ids, total, totalCapped } = await relevancePage(search.q, search, search.pageSize, offset);
    return { items: await listItemsByIds(ids), total, totalCapped, page: search.page, pageSize: search.pageSize };
  }

  const filters = searchFilters(search);
  // Without a filter on the municipality the join is left out, so that the count can be answered
  // from solutions_published_filters_idx alone.
  const joinMunicipalities = needsMunicipalities(search);
  const withMunicipalities = <Q extends PgSelect>(query: Q) =>
    joinMunicipalities ? query.innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs)) : query;
  const idsFrom = () => withMunicipalities(db.select({ id: solutions.id }).from(solutions).$dynamic());

  const pageOf = (where: SQL | undefined) => {
    let pageIds: Promise<string[]>;
    if (sort === "reused") {
      const counts = db
        .select({ solutionId: solutionReuses.solutionId, n: count().as("n") })
        .from(solutionReuses)
        .groupBy(solutionReuses.solutionId)
        .as("reuse_counts");
      pageIds = idsFrom()
        .leftJoin(counts, eq(counts.solutionId, solutions.id))
        .where(where)
        .orderBy(sql`coalesce(${counts.n}, 0) desc`, ...newestFirst)
        .limit(search.pageSize)
        .offset(offset)
        .then((rows) => rows.map((r) => r.id));
    } else if (sort === "helpful") {
      // The order of solutions_helpful_idx (helpful_count desc, published_at desc, published only).
      pageIds = idsFrom()
        .where(where)
        .orderBy(sql`${solutions.helpfulCount} desc nulls last`, ...newestFirst)
        .limit(search.pageSize)
        .offset(offset)
        .then((rows) => rows.map((r) => r.id));
    } else {
      pageIds = idsFrom()
        .where(where)
        .orderBy(...newestFirst)
        .limit(search.pageSize)
        .offset(offset)
        .then((rows) => rows.map((r) => r.id));
    }
    const total = withMunicipalities(db.select({ n: count() }).from(solutions).$dynamic())
      .where(where)
      .then(([row]) => row?.n ?? 0);
    return Promise.all([pageIds, total]);
  };

  const q = search.q;
  const [ids, total] = q
    ? await withTypoRetry(q, await townsNamed(q), (condition) => pageOf(and(published, ...filters, condition)), ([, n]) => n)
    : await pageOf(and(published, ...filters));
  return { items: await listItemsByIds(ids), total, totalCapped: false, page: search.page, pageSize: search.pageSize };
}
