import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { comments, meetups, solutions, users } from "@/db/schema";
import { markdownToPlainText } from "@/lib/markdown/render";
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

/**
 * Comments that stand (not deleted, not hidden) and contain every word of the query (German stems,
 * `comments_body_search_idx`), on a published solution the viewer may see (lib/visibility: public
 * ones for everybody, network ones for verified members) or a meetup that is not a draft — the pages
 * anyone who follows the link can read. Best match first, then newest; one statement with the count.
 */
export async function searchComments(q: string, viewer: Viewer, { page = 1, pageSize = COMMENT_SEARCH_PAGE_SIZE, excerptLength = 200 }: { page?: number; pageSize?: number; excerptLength?: number } = {}): Promise<Page<CommentHit>> {
  const words = commentSearchWords(q);
  if (words.length === 0) return { items: [], total: 0, page, pageSize };
  const query = sql`plainto_tsquery('german', ${words.join(" ")})`;
  const document = sql`to_tsvector('german', ${comments.body})`;
  const rows = await db
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
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(comments)
    .leftJoin(solutions, eq(solutions.id, comments.solutionId))
    .leftJoin(meetups, eq(meetups.id, comments.meetupId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        sql`${comments.deletedAt} is null and ${comments.hiddenAt} is null`,
        sql`${document} @@ ${query}`,
        sql`((${comments.solutionId} is not null and ${solutions.state} = 'published' and ${solutionVisibleTo(viewer)})
             or (${comments.meetupId} is not null and ${meetups.state} in ('published', 'cancelled')))`,
      ),
    )
    .orderBy(sql`ts_rank(${document}, ${query}) desc`, desc(comments.createdAt), asc(comments.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    items: rows.map((row) => ({
      id: row.id,
      excerpt: excerptAround(plainText(row.body), words, excerptLength),
      words,
      authorName: row.authorName,
      isQuestion: row.isQuestion,
      createdAt: row.createdAt,
      subject: row.solutionSlug
        ? { kind: "solution" as const, slug: row.solutionSlug, title: row.solutionTitle ?? "" }
        : { kind: "meetup" as const, slug: row.meetupSlug ?? "", title: row.meetupTitle ?? "" },
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}

function plainText(markdown: string) {
  try {
    return markdownToPlainText(markdown);
  } catch {
    return markdown;
  }
}
