import "server-only";
import { and, asc, desc, eq, exists, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { leikaServices, municipalities, ozgServices, solutions } from "@/db/schema";
import { likeEscape } from "@/lib/pagination";
import { catalogueVisible, newestFirst } from "@/lib/solutions/queries";
import { anonymousViewer } from "@/lib/visibility/rules";

/** How many suggestions of each kind the box offers. */
export const SUGGESTIONS_PER_KIND = 4;

export type Suggestion = { kind: "service" | "municipality" | "solution"; label: string; path: string };

/**
 * What the search box suggests for the text typed so far: OZG services (by their name, or by a LeiKa
 * name starting with it: "Hundest" → Hundehaltung), municipalities whose name starts with it (largest
 * first) and titles of published public solutions containing it. The same for everybody, signed in
 * or not, so the answer never depends on who asks (the route is public and cacheable in the browser).
 * Solution titles need three letters: below that the trigram index on titles cannot help.
 */
export async function listSuggestions(prefix: string): Promise<Suggestion[]> {
  const q = prefix.trim();
  if (q.length === 0) return [];
  const starts = `${likeEscape(q)}%`;
  const contains = `%${likeEscape(q)}%`;
  const [services, towns, titles] = await Promise.all([
    db
      .select({ id: ozgServices.id, name: ozgServices.name })
      .from(ozgServices)
      .where(
        or(
          ilike(ozgServices.name, contains),
          exists(db.select({ one: sql`1` }).from(leikaServices).where(and(eq(leikaServices.ozgServiceId, ozgServices.id), ilike(leikaServices.name, starts)))),
        ),
      )
      .orderBy(desc(sql`${ozgServices.name} ilike ${starts}`), desc(sql`${ozgServices.name} ilike ${contains}`), asc(sql`length(${ozgServices.name})`), asc(ozgServices.id))
      .limit(SUGGESTIONS_PER_KIND),
    db
      .select({ ags: municipalities.ags, name: municipalities.shortName })
      .from(municipalities)
      .where(ilike(municipalities.shortName, starts))
      .orderBy(desc(municipalities.population), asc(municipalities.ags))
      .limit(SUGGESTIONS_PER_KIND),
    q.length < 3 ? Promise.resolve([]) : titlesContaining(starts, contains),
  ]);
  return [
    ...services.map((s) => ({ kind: "service" as const, label: s.name, path: `/services/${s.id}` })),
    ...towns.map((t) => ({ kind: "municipality" as const, label: t.name, path: `/municipalities/${t.ags}` })),
    ...titles.map((s) => ({ kind: "solution" as const, label: s.title, path: `/solutions/${s.slug}` })),
  ];
}

/** How many of the newest public solutions the first look for titles reads. */
const RECENT_TITLES_WINDOW = 500;

/**
 * Titles of public solutions containing the text, those starting with it first, newest first. Three
 * letters such as "ver" are in a quarter of all titles: ranking every match (tens of thousands at
 * 100,000 solutions) cost 300 ms. So the newest RECENT_TITLES_WINDOW are read first, through the
 * index on the publication date; when they hold too few matches, the text is rare, and the trigram
 * index finds all of its matches cheaply.
 */
async function titlesContaining(starts: string, contains: string): Promise<{ slug: string; title: string }[]> {
  const recent = db
    .select({ id: solutions.id, slug: solutions.slug, title: solutions.title, publishedAt: solutions.publishedAt })
    .from(solutions)
    .where(catalogueVisible(anonymousViewer))
    // newestFirst's "nulls last" is the order of the index (state, published_at desc nulls last); a
    // plain "desc" made the planner sort all 100,000 rows (100 ms instead of 3).
    .orderBy(...newestFirst)
    .limit(RECENT_TITLES_WINDOW)
    .as("recent");
  const newest = await db
    .select({ slug: recent.slug, title: recent.title })
    .from(recent)
    .where(ilike(recent.title, contains))
    .orderBy(desc(sql`${recent.title} ilike ${starts}`), desc(recent.publishedAt), asc(recent.id))
    .limit(SUGGESTIONS_PER_KIND);
  if (newest.length === SUGGESTIONS_PER_KIND) return newest;
  return db
    .select({ slug: solutions.slug, title: solutions.title })
    .from(solutions)
    .where(and(catalogueVisible(anonymousViewer), ilike(solutions.title, contains)))
    .orderBy(desc(sql`${solutions.title} ilike ${starts}`), desc(solutions.publishedAt), asc(solutions.id))
    .limit(SUGGESTIONS_PER_KIND);
}
