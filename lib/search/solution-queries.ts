import "server-only";
import { and, count, eq, exists, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { db, queryRows } from "@/db/client";
import { comments, municipalities, ozgServices, solutionReuses, solutions, solutionServices } from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import { processCached } from "@/lib/process-cache";
import { catalogueVisible, listItemsByIds, newestFirst, type SolutionListItem } from "@/lib/solutions/queries";
import { RANKED_CANDIDATES, sizeBands, type SolutionSearch } from "@/lib/solutions/schema";
import { anonymousViewer, type Viewer } from "@/lib/visibility/rules";
import { correctedGroups, groupQuery, groupsQuery, planQuery, townsLike, type SearchPlan } from "./plan-queries";
import { highlightWords, type QueryGroup } from "./rules";

// The catalogue search: reads solutions through lib/solutions/queries.ts (the visibility rule, the
// list items), never the other way round. The fuzzy retry (typo correction and similar town names)
// is the second step of stepwiseIn, shared by every sort order.

/** With fewer full-text matches than this, typo-tolerant title matching joins in. */
export const FUZZY_BELOW = 20;

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

/** The plan's place as a condition on the solution (and, for a district, its municipality). */
function placeCondition(plan: SearchPlan): SQL | undefined {
  if (!plan.place) return undefined;
  if (plan.place.district) {
    return exists(db.select({ one: sql`1` }).from(municipalities).where(and(eq(municipalities.ags, solutions.municipalityAgs), eq(municipalities.districtCode, plan.place.district))));
  }
  return inArray(solutions.municipalityAgs, plan.place.towns);
}

/**
 * The text condition: the groups' tsquery, or one of the given municipalities ("Fellbach", or
 * "Felbach" once townsLike has run) when no place filter was found.
 */
export function matchCondition(tsq: SQL, towns: readonly string[], exact = false): SQL {
  // Exact: the solution's own text only, not the search terms (weight D) derived from it.
  const text = exact
    ? sql`(${solutions.searchVector} @@ ${tsq} and ts_filter(${solutions.searchVector}, '{a,b,c}') @@ ${tsq})`
    : sql`${solutions.searchVector} @@ ${tsq}`;
  return or(text, towns.length > 0 ? inArray(solutions.municipalityAgs, [...new Set(towns)]) : undefined)!;
}

/** How a search found what it found, for the page: corrections, partial matches, the place. */
export type SearchExplanation = {
  /** The query with typos corrected, when the results include corrected words ("Meinten Sie …?"). */
  didYouMean: string | null;
  /** No solution had every word: solutions with most of them come first. */
  partial: boolean;
  /** The municipality or district the query named, used as a filter. */
  place: string | null;
  /** The place had no match for the topic: the results come from everywhere else. */
  placeIgnored: boolean;
  /** Words to mark in titles and summaries. */
  highlight: string[];
};

type Attempt = { tsq: SQL; where: SQL; coverage: QueryGroup[] | null; similarTo: string | null };

/**
 * Runs a search in up to three steps and returns the first that finds enough: every group (and
 * the municipalities named like the query); with fewer than FUZZY_BELOW results, typos corrected
 * and similar municipality names added; with still nothing, any group, ranked by how many groups
 * a solution has. The earlier condition stays part of the later ones, so no match is lost.
 */
/** One search to run stepwise: the query, its plan, the fixed conditions, how to run an attempt and count what it found. */
type Stepwise<R> = {
  q: string;
  plan: SearchPlan;
  base: SQL[];
  exact: boolean;
  run: (attempt: Attempt) => Promise<R>;
  found: (result: R) => number;
};

async function stepwiseIn<R>({ q, plan, base, exact, run, found }: Stepwise<R>): Promise<{ result: R; explanation: SearchExplanation }> {
  const place = placeCondition(plan);
  const conditions = place ? [...base, place] : base;
  const explanation: SearchExplanation = { didYouMean: null, partial: false, place: plan.place?.label ?? null, placeIgnored: false, highlight: highlightWords(plan.groups) };
  const strict = groupsQuery(plan.groups, "all");
  let result = await run({ tsq: strict, where: and(...conditions, matchCondition(strict, plan.towns, exact))!, coverage: null, similarTo: null });
  if (found(result) >= FUZZY_BELOW) return { result, explanation };

  let groups = plan.groups;
  let towns = plan.towns;
  if (!exact) {
    const [similarTowns, corrected] = await Promise.all([plan.place ? Promise.resolve([]) : townsLike(q), correctedGroups(plan.groups, plan.vocabulary)]);
    if (similarTowns.length > 0 || corrected) {
      groups = corrected?.groups ?? plan.groups;
      towns = [...plan.towns, ...similarTowns];
      const tsq = groupsQuery(groups, "all");
      const before = found(result);
      const retried = await run({ tsq, where: and(...conditions, matchCondition(tsq, towns))!, coverage: null, similarTo: corrected ? q : null });
      if (found(retried) > before) {
        result = retried;
        if (corrected) explanation.didYouMean = corrected.suggestion;
        explanation.highlight = highlightWords(groups);
      }
    }
  }
  if (found(result) > 0 || groups.length < 2) return { result, explanation };

  const any = groupsQuery(groups, "any");
  const partial = await run({ tsq: any, where: and(...conditions, matchCondition(any, towns, exact))!, coverage: groups, similarTo: null });
  if (found(partial) > 0) {
    result = partial;
    explanation.partial = true;
    explanation.highlight = highlightWords(groups);
  }
  return { result, explanation };
}

/**
 * stepwiseIn, and when a place filter left nothing at all, once more without it: "Wohngeld
 * Ludwigsburg" shows the Wohngeld examples of other towns (and says so) rather than nothing.
 */
async function stepwise<R>(search: Stepwise<R>): Promise<{ result: R; explanation: SearchExplanation }> {
  const { plan, found } = search;
  const first = await stepwiseIn(search);
  if (found(first.result) > 0 || !plan.place) return first;
  const elsewhere = await stepwiseIn({ ...search, plan: { ...plan, place: null } });
  if (found(elsewhere.result) === 0) return first;
  return { result: elsewhere.result, explanation: { ...elsewhere.explanation, place: plan.place.label, placeIgnored: true } };
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
async function rankedWindow(tsq: SQL, where: SQL, joinMunicipalities: boolean, materialize: boolean, similarTo: string | null = null, coverage: readonly QueryGroup[] | null = null): Promise<{ ids: string[]; more: boolean }> {
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
    order by ${coverage === null ? sql`` : sql`(${sql.join(coverage.map((g) => sql`(s.search_vector @@ ${groupQuery(g)})::int`), sql` + `)}) desc,`}
      ts_filter(s.search_vector, '{a}') @@ ${tsq} desc,
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

export type RelevancePage = { ids: string[]; total: number; totalCapped: boolean; explanation: SearchExplanation };

/**
 * One page in relevance order, and the total. Only the newest RANKED_CANDIDATES matches are ranked;
 * older matches follow, newest first, unranked, so every match stays reachable by paging. `total` is
 * exact up to the window; beyond it, `total` is RANKED_CANDIDATES and `totalCapped` says there are
 * more. Counting tens of thousands of matches means visiting every one of them in the heap, which
 * alone takes longer than the whole search should (about 100 ms for 65,000 matches even through the
 * GIN index). The steps (every word, corrected words, any word) are those of stepwise.
 */
export async function relevancePage(q: string, search: SolutionSearch, limit: number, offset: number, viewer: Viewer = anonymousViewer): Promise<RelevancePage> {
  const joinMunicipalities = needsMunicipalities(search);
  const base = [catalogueVisible(viewer), ...searchFilters(search)];
  const plan = await planQuery(q, search.exact === true);
  const { result, explanation } = await stepwise({
    q,
    plan,
    base,
    exact: search.exact === true,
    run: async (attempt) => {
      const walk = await walkIsCheaper(attempt.where, joinMunicipalities);
      return { where: attempt.where, window: await rankedWindow(attempt.tsq, attempt.where, joinMunicipalities, !walk, attempt.similarTo, attempt.coverage) };
    },
    found: (r) => r.window.ids.length,
  });
  const { window, where } = result;
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
  return { ids, total: window.ids.length, totalCapped: window.more, explanation };
}

/** A page of the catalogue; `totalCapped` marks `total` as a lower bound (see relevancePage). */
export type SolutionPage = Page<SolutionListItem> & { totalCapped?: boolean; explanation?: SearchExplanation };

/**
 * The public catalogue: published solutions only, whatever the filters say. With a query sorted by
 * relevance, `total` is exact up to RANKED_CANDIDATES; with more matches it is RANKED_CANDIDATES and
 * `totalCapped` is set. Every other sort counts exactly.
 */
export async function searchSolutions(search: SolutionSearch, viewer: Viewer = anonymousViewer): Promise<SolutionPage> {
  const sort = search.sort ?? (search.q ? "relevance" : "newest");
  const offset = (search.page - 1) * search.pageSize;
  if (sort === "relevance" && search.q) {
    const { ids, total, totalCapped, explanation } = await relevancePage(search.q, search, search.pageSize, offset, viewer);
    return { items: await listItemsByIds(ids), total, totalCapped, explanation, page: search.page, pageSize: search.pageSize };
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
  if (!q) {
    const [ids, total] = await pageOf(and(catalogueVisible(viewer), ...filters));
    return { items: await listItemsByIds(ids), total, totalCapped: false, page: search.page, pageSize: search.pageSize };
  }
  const plan = await planQuery(q, search.exact === true);
  const { result, explanation } = await stepwise({
    q,
    plan,
    base: [catalogueVisible(viewer), ...filters],
    exact: search.exact === true,
    run: (attempt) => pageOf(attempt.where),
    found: ([, n]) => n,
  });
  const [ids, total] = result;
  return { items: await listItemsByIds(ids), total, totalCapped: false, explanation, page: search.page, pageSize: search.pageSize };
}
