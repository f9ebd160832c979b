import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { comments, meetups, solutions, users } from "@/db/schema";
import { markdownToPlainTextOrSource } from "@/lib/markdown/render";
import type { Page } from "@/lib/pagination";
import { excerptAround, isStopword, tokenize } from "@/lib/search/rules";
import { solutionVisibleTo, type Viewer } from "@/lib/visibility/permissions";

export const COMMENT_SEARCH_PAGE_SIZE = 20;

export type CommentHit = {
  id: string;
  /** Plain text around the first matched word. */
  excerpt: string;
  /** The query's words, for marking them in the excerpt. */
  words: string[];
  /** Null for a deleted member ("gelöschtes Mitglied"). */
  authorName: string | null;
  isQuestion: boolean;
  createdAt: Date;
  /** The page the comment stands on, and its title. */
  subject: { kind: "solution" | "meetup"; slug: string; title: string };
};

/** The words of the query as the German full text reads them; none (only stopwords) finds nothing. */
export function commentSearchWords(q: string): string[] {
  return tokenize(q).filter((word) => !isStopword(word));
}

/** Counted up to this many; above it the count reads "more than 200". */
export const COMMENT_COUNT_CAP = 200;

type Options = { page?: number; pageSize?: number; excerptLength?: number };

/**
 * Comments that stand (not deleted, not hidden) and contain every word of the query (German stems,
 * the stored `search_vector`), on a published solution the viewer may see (lib/visibility: public
 * ones for everybody, network ones for verified members) or a meetup that is not a draft — the pages
 * anyone who follows the link can read. Newest first, as a discussion is read.
 *
 * Newest first, not best match first, is also what keeps it fast at 1,000,000 solutions: for a common
 * word Postgres walks the standing comments from the newest (`comments_standing_created_idx`) and
 * stops after one page, for a rare one it takes the few matches from `comments_search_vector_idx`;
 * ranking a common word's hundreds of thousands of matches took 150 ms. The count stops at
 * `COMMENT_COUNT_CAP` (`totalCapped`), and so does the list: a narrower query finds older ones.
 */
export async function searchComments(q: string, viewer: Viewer, { page = 1, pageSize = COMMENT_SEARCH_PAGE_SIZE, excerptLength = 200 }: Options = {}): Promise<Page<CommentHit> & { totalCapped: boolean }> {
  const words = commentSearchWords(q);
  if (words.length === 0) return { items: [], total: 0, totalCapped: false, page, pageSize };
  const query = sql`plainto_tsquery('german', ${words.join(" ")})`;
  // The list shows the newest COMMENT_COUNT_CAP matches: a page behind them (?page=100000) would
  // walk every comment.
  const offset = (page - 1) * pageSize;
  const reachable = offset < COMMENT_COUNT_CAP;
  const [rows, counted] = await Promise.all([
    reachable ? db
      .select({
        id: comments.id,
        body: comments.body,
        authorName: users.name,
        isQuestion: comments.isQuestion,
        createdAt: comments.createdAt,
        solutionSlug: solutions.slug,
        solutionTitle: solutions.title,
        meetupSlug: meetups.slug,
        meetupTitle: meetups.title,
      })
      .from(comments)
      .leftJoin(solutions, eq(solutions.id, comments.solutionId))
      .leftJoin(meetups, eq(meetups.id, comments.meetupId))
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(and(standing, sql`${comments.searchVector} @@ ${query}`, onReadablePage(viewer)))
      // In the index's order (nulls last), or Postgres sorts every match instead of walking it.
      .orderBy(sql`${comments.createdAt} desc nulls last`, sql`${comments.id} desc nulls last`)
      .limit(Math.min(pageSize, COMMENT_COUNT_CAP - offset))
      .offset(offset) : [],
    countVisible(query, viewer),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      excerpt: excerptAround(markdownToPlainTextOrSource(row.body), words, excerptLength),
      words,
      authorName: row.authorName,
      isQuestion: row.isQuestion,
      createdAt: row.createdAt,
      subject: row.solutionSlug
        ? { kind: "solution" as const, slug: row.solutionSlug, title: row.solutionTitle ?? "" }
        : { kind: "meetup" as const, slug: row.meetupSlug ?? "", title: row.meetupTitle ?? "" },
    })),
    total: Math.min(counted, COMMENT_COUNT_CAP),
    totalCapped: counted > COMMENT_COUNT_CAP,
    page,
    pageSize,
  };
}

const standing = sql`${comments.deletedAt} is null and ${comments.hiddenAt} is null`;

/** The page a comment stands on may be read by the viewer (joined to solutions and meetups). */
const onReadablePage = (viewer: Viewer) =>
  sql`((${comments.solutionId} is not null and ${solutions.state} = 'published' and ${solutionVisibleTo(viewer)})
       or (${comments.meetupId} is not null and ${meetups.state} in ('published', 'cancelled')))`;

/** How many visible matches there are, counted up to one above the cap. */
async function countVisible(query: SQL, viewer: Viewer): Promise<number> {
  const matches = db
    .select({ one: sql`1` })
    .from(comments)
    .leftJoin(solutions, eq(solutions.id, comments.solutionId))
    .leftJoin(meetups, eq(meetups.id, comments.meetupId))
    .where(and(standing, sql`${comments.searchVector} @@ ${query}`, onReadablePage(viewer)))
    .limit(COMMENT_COUNT_CAP + 1)
    .as("matches");
  const [row] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(matches);
  return row?.count ?? 0;
}
