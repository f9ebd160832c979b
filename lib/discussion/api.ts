import "server-only";
import { solutionVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer } from "@/lib/visibility/rules";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { meetups, solutions } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown/render";
import type { CommentListDto } from "./api-schema";
import { listComments, type CommentSubject } from "./queries";

async function publicList(subject: CommentSubject): Promise<CommentListDto> {
  const rows = await listComments(subject, null);
  const items = await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      parentId: row.parentId,
      author: row.deleted ? null : { name: row.authorName, municipality: row.authorMunicipality },
      // A hidden comment keeps its place without its text, like a deleted one.
      body: row.deleted || row.bodyHidden ? null : { markdown: row.body, html: await renderMarkdown(row.body) },
      deleted: row.deleted,
      isQuestion: row.isQuestion,
      answerId: row.answerId,
      helpfulCount: row.helpfulCount,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.deleted ? null : (row.editedAt?.toISOString() ?? null),
    })),
  );
  return { items, total: rows.filter((row) => !row.deleted).length };
}

/**
 * The discussion of a published solution the public may see (comments follow their solution:
 * lib/visibility); null for drafts, network-only and hidden solutions and unknown slugs alike.
 */
export async function getPublicSolutionComments(slug: string): Promise<CommentListDto | null> {
  const [solution] = await db
    .select({ id: solutions.id })
    .from(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.state, "published"), solutionVisibleTo(anonymousViewer)))
    .limit(1);
  return solution ? publicList({ solutionId: solution.id }) : null;
}

/** The discussion of a published or cancelled meetup; null for drafts and unknown slugs alike. */
export async function getPublicMeetupComments(slug: string): Promise<CommentListDto | null> {
  const [meetup] = await db
    .select({ id: meetups.id })
    .from(meetups)
    .where(and(eq(meetups.slug, slug), inArray(meetups.state, ["published", "cancelled"])))
    .limit(1);
  return meetup ? publicList({ meetupId: meetup.id }) : null;
}
