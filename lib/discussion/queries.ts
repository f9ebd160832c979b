import "server-only";
import { and, asc, eq, ilike, isNotNull, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { commentRevisions, comments, municipalities, users } from "@/db/schema";
import { commentBodyVisibleTo, type Viewer } from "@/lib/visibility/permissions";
import type { CommentSubject } from "./mutations";

export type { CommentSubject };

const subjectIs = (subject: CommentSubject) =>
  "solutionId" in subject ? eq(comments.solutionId, subject.solutionId) : eq(comments.meetupId, subject.meetupId);

/**
 * Every comment of a solution or meetup page, oldest first, in ONE statement however long the
 * thread: author name and municipality (never an e-mail address), whether the viewer marked it
 * "Hilfreich" and may edit it. A deleted comment comes without its text, and only while it still
 * has replies to hold together. The caller has checked that the viewer may see the page.
 */
/** The shape lib/visibility's comment rule takes: a moderator, another member, or nobody signed in. */
const viewerOf = (viewer?: { id: string; moderator: boolean } | null): Viewer =>
  viewer ? { id: viewer.id, status: "verified", role: viewer.moderator ? "moderator" : "member" } : null;

export async function listComments(subject: CommentSubject, viewer?: { id: string; moderator: boolean } | null) {
  const viewerId = viewer?.id ?? null;
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: users.name,
      authorMunicipality: municipalities.shortName,
      // A hidden comment's text only for its author and moderators (lib/visibility); others read that it was hidden.
      body: sql<string>`case when ${comments.deletedAt} is null and ${commentBodyVisibleTo(viewerOf(viewer))} then ${comments.body} else '' end`,
      deleted: sql<boolean>`${comments.deletedAt} is not null`,
      bodyHidden: sql<boolean>`${comments.deletedAt} is null and not ${commentBodyVisibleTo(viewerOf(viewer))}`,
      hidden: sql<boolean>`${comments.deletedAt} is null and ${comments.hiddenAt} is not null`,
      hiddenNote: sql<string | null>`case when ${commentBodyVisibleTo(viewerOf(viewer))} then ${comments.hiddenNote} end`,
      // "Melden": someone else's comment that stands (the thread passes it for verified members only).
      canReport: viewerId
        ? sql<boolean>`${comments.deletedAt} is null and ${comments.hiddenAt} is null and ${comments.authorId} is distinct from ${viewerId}`
        : sql<boolean>`false`,
      isQuestion: comments.isQuestion,
      answerId: comments.answerId,
      answeredAt: comments.answeredAt,
      helpfulCount: comments.helpfulCount,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      helpfulPressed: viewerId
        ? sql<boolean>`exists (select 1 from reactions r where r.comment_id = ${comments.id} and r.member_id = ${viewerId})`
        : sql<boolean>`false`,
      canEdit: viewerId ? sql<boolean>`${comments.deletedAt} is null and (${comments.authorId} = ${viewerId} or ${viewer?.moderator ? sql`true` : sql`false`})` : sql<boolean>`false`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(
      and(
        subjectIs(subject),
        or(
          sql`${comments.deletedAt} is null`,
          sql`exists (select 1 from comments reply where reply.parent_id = ${comments.id} and reply.deleted_at is null)`,
        ),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
}
export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/** For moderators: the earlier versions of the page's comments, newest first per comment (one statement). */
export async function listRevisions(subject: CommentSubject) {
  return db
    .select({ commentId: commentRevisions.commentId, body: commentRevisions.body, replacedAt: commentRevisions.replacedAt })
    .from(commentRevisions)
    .innerJoin(comments, eq(comments.id, commentRevisions.commentId))
    .where(and(subjectIs(subject), sql`${comments.deletedAt} is null`))
    .orderBy(asc(commentRevisions.commentId), sql`${commentRevisions.replacedAt} desc`, sql`${commentRevisions.id} desc`);
}
export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Members whose name contains the query (names starting with it first), for the mention
 * autocomplete: id, name and municipality only — no e-mail address.
 */
export async function searchMembersByName(query: string, limit = 8) {
  const pattern = escapeLike(query);
  return db
    .select({ id: users.id, name: sql<string>`${users.name}`, municipality: municipalities.shortName })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(and(isNotNull(users.name), ilike(users.name, `%${pattern}%`)))
    .orderBy(sql`${ilike(users.name, `${pattern}%`)} desc`, asc(users.name), asc(users.id))
    .limit(limit);
}
