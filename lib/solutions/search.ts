import "server-only";
import { and, asc, eq, exists, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { municipalities, ozgServices, solutions, solutionServices } from "@/db/schema";
import { likeEscape } from "@/lib/pagination";
import { sizeBands, type SolutionSearch } from "./schema";

/** How many of the newest matches get ranked by relevance; see relevanceOrder. */
export const RANKED_CANDIDATES = 1000;

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
  return conditions;
}

/**
 * German full text (stemmed: "Anträge" finds "Antrag") or, for typos, trigram word similarity
 * with the title or with the municipality's name ("Felbach" finds Fellbach's solutions). Each
 * branch can use its own index (GIN on search_vector, trigram GIN on title, the municipality
 * index via `= any(array(...))`), so Postgres can combine them in a BitmapOr.
 */
export function matchCondition(q: string): SQL {
  const town = alias(municipalities, "town");
  const townsLike = db.select({ ags: town.ags }).from(town).where(sql`${q} <% ${town.shortName}`);
  return or(
    sql`${solutions.searchVector} @@ ${tsQuery(q)}`,
    sql`${q} <% ${solutions.title}`,
    sql`${solutions.municipalityAgs} = any(array(${townsLike}))`,
  )!;
}

export const newestFirst = [sql`${solutions.publishedAt} desc nulls last`, asc(solutions.id)];

/**
 * Ids of one page in relevance order. ts_rank_cd reads and scores every row it is given, which for
 * a common word in a large catalogue would be most of the table. So only the newest
 * RANKED_CANDIDATES matches are ranked (found through the indexes and cut with a top-N sort on
 * published_at): title hits first, then ts_rank_cd, then trigram similarity for typo matches.
 * Older matches follow, newest first, unranked. The trade-off: an old but very relevant solution
 * outside the window appears after it rather than on top; in exchange the cost of a search is
 * bounded, every match stays reachable by paging in a stable order, and `total` counts them all.
 */
export async function relevancePageIds(q: string, where: SQL | undefined, limit: number, offset: number): Promise<string[]> {
  const ids: string[] = [];
  if (offset < RANKED_CANDIDATES) {
    const candidates = db.$with("candidates").as(
      db
        .select({ id: solutions.id })
        .from(solutions)
        .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
        .where(where)
        .orderBy(...newestFirst)
        .limit(RANKED_CANDIDATES),
    );
    const ranked = await db
      .with(candidates)
      .select({ id: solutions.id })
      .from(candidates)
      .innerJoin(solutions, eq(solutions.id, candidates.id))
      .orderBy(
        sql`(to_tsvector('german', ${solutions.title}) @@ ${tsQuery(q)} or ${q} <% ${solutions.title}) desc`,
        sql`ts_rank_cd(${solutions.searchVector}, ${tsQuery(q)}) desc`,
        sql`word_similarity(${q}, ${solutions.title}) desc`,
        ...newestFirst,
      )
      .limit(Math.min(limit, RANKED_CANDIDATES - offset))
      .offset(offset);
    ids.push(...ranked.map((r) => r.id));
  }
  // Past the window the order is plain recency, so position P of the result is the P-th newest match.
  const start = Math.max(offset, RANKED_CANDIDATES);
  const rest = offset + limit - start;
  if (rest > 0) {
    const older = await db
      .select({ id: solutions.id })
      .from(solutions)
      .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
      .where(where)
      .orderBy(...newestFirst)
      .limit(rest)
      .offset(start);
    ids.push(...older.map((r) => r.id));
  }
  return ids;
}
