import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, queryRows, type Database, type Executor } from "@/db/client";
import { commentRevisions, comments, users } from "@/db/schema";
import { autoFollow } from "@/lib/follows/mutations";
import { enqueueJob } from "@/lib/jobs/queue";
import { NOTIFY_ANSWER_JOB, NOTIFY_COMMENT_JOB } from "@/lib/notifications/jobs";
import { fail, Refusal, refusable, type Failure } from "@/lib/result";
import { isUuid } from "@/lib/validation";
import { addedMentionIds, mentionedIds, resolveMentions } from "./mention-rules";
import { answerMarkableBy, commentEditableBy, maySpeak, openMeetup, openSolution } from "./permissions";
import { commentBody } from "./schema";

export type CommentSubject = { solutionId: string } | { meetupId: string };

/** Job kinds this domain enqueues (handled in lib/notifications). */

const notAllowed = (): Failure => fail("form", "comments.errors.notAllowed");

/** The body as stored: validated, and mentions of ids that are not members made plain text. */
async function storableBody(executor: Executor, raw: string): Promise<{ ok: true; body: string; mentioned: string[] } | Failure> {
  const parsed = commentBody.safeParse(raw);
  if (!parsed.success) return fail("body", parsed.error.issues[0]?.message ?? "comments.errors.bodyEmpty");
  const ids = mentionedIds(parsed.data);
  const known = ids.length
    ? new Set((await executor.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((row) => row.id))
    : new Set<string>();
  const body = resolveMentions(parsed.data, known);
  // A body of nothing but an unknown mention is still text ("@Name"), never empty.
  return { ok: true, body, mentioned: mentionedIds(body) };
}

/**
 * A comment, a reply or (top-level on a solution) a question, by `authorId`. Everything is checked
 * in the INSERT itself: the author exists with a complete profile, the subject is published, and a
 * parent belongs to the same subject (a reply to a reply joins that reply's thread). Unknown,
 * forged or foreign ids are refused alike. In the same transaction: the `notify.comment` job and
 * the author's automatic follow of the subject.
 */
export async function createComment(options: {
  authorId: string;
  subject: CommentSubject;
  parentId?: string | null;
  body: string;
  isQuestion?: boolean;
}): Promise<{ ok: true; comment: { id: string; threadId: string } } | Failure> {
  const { authorId, subject } = options;
  const solutionId = "solutionId" in subject ? subject.solutionId : null;
  const meetupId = "meetupId" in subject ? subject.meetupId : null;
  const parentId = options.parentId ?? null;
  const subjectId = solutionId ?? meetupId;
  if (!subjectId || !isUuid(subjectId) || (parentId !== null && !isUuid(parentId))) return notAllowed();
  const isQuestion = Boolean(options.isQuestion) && solutionId !== null && parentId === null;

  return refusable(() =>
    db.transaction(async (tx) => {
      const prepared = await storableBody(tx, options.body);
      if (!prepared.ok) throw new Refusal(prepared);
      const open = solutionId ? openSolution(solutionId, authorId) : openMeetup(meetupId!);
      const [row] = await queryRows<{ id: string; thread_id: string }>(
        sql`insert into comments (solution_id, meetup_id, parent_id, author_id, body, is_question)
            select ${solutionId}::uuid, ${meetupId}::uuid, thread.root_id, ${authorId}, ${prepared.body}, ${isQuestion}
            from (
              select (
                select coalesce(p.parent_id, p.id) from comments p
                where p.id = ${parentId}::uuid
                  and p.solution_id is not distinct from ${solutionId}::uuid
                  and p.meetup_id is not distinct from ${meetupId}::uuid
              ) as root_id
            ) thread
            where ${maySpeak(authorId)} and ${open}
              and (${parentId}::uuid is null or thread.root_id is not null)
            returning id, coalesce(parent_id, id) as thread_id`,
        tx as unknown as Database,
      );
      if (!row) throw new Refusal(notAllowed());
      await enqueueJob(tx, {
        kind: NOTIFY_COMMENT_JOB,
        payload: { commentId: row.id, mentionedIds: prepared.mentioned.filter((id) => id !== authorId) },
      });
      await autoFollow(tx, authorId, solutionId ? "solution" : "meetup", subjectId);
      return { ok: true as const, comment: { id: row.id, threadId: row.thread_id } };
    }),
  );
}

/**
 * Changes a comment's text (its author or a moderator; not once deleted). The previous text goes to
 * comment_revisions, `editedAt` marks it "bearbeitet"; members mentioned for the first time are
 * notified (`notify.comment` with only their ids). The same text again changes nothing.
 */
export async function updateComment(options: { editorId: string; commentId: string; body: string }): Promise<{ ok: true; changed: boolean } | Failure> {
  const { editorId, commentId } = options;
  if (!isUuid(commentId)) return notAllowed();
  return refusable(() =>
    db.transaction(async (tx) => {
      const prepared = await storableBody(tx, options.body);
      if (!prepared.ok) throw new Refusal(prepared);
      const editable = and(eq(comments.id, commentId), isNull(comments.deletedAt), commentEditableBy(editorId));
      const [old] = await tx.select({ body: comments.body }).from(comments).where(editable).for("update");
      if (!old) throw new Refusal(notAllowed());
      if (old.body === prepared.body) return { ok: true as const, changed: false };
      const [row] = await tx
        .update(comments)
        .set({ body: prepared.body, editedAt: sql`now()` })
        .where(editable)
        .returning({ id: comments.id, authorId: comments.authorId });
      if (!row) throw new Refusal(notAllowed());
      await tx.insert(commentRevisions).values({ commentId, body: old.body });
      const added = addedMentionIds(old.body, prepared.body).filter((id) => id !== row.authorId);
      if (added.length > 0) await enqueueJob(tx, { kind: NOTIFY_COMMENT_JOB, payload: { commentId, mentionedIds: added, onlyMentions: true } });
      return { ok: true as const, changed: true };
    }),
  );
}

/**
 * Deletes a comment (its author or a moderator): the row stays so that its replies keep their
 * thread, with the body emptied and `deletedAt` set; earlier versions go too. A deleted answer
 * leaves its question open again.
 */
export async function deleteComment(options: { memberId: string; commentId: string }): Promise<{ ok: true } | Failure> {
  const { memberId, commentId } = options;
  if (!isUuid(commentId)) return notAllowed();
  return refusable(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(comments)
        .set({ body: "", deletedAt: sql`now()`, answerId: null, answeredAt: null })
        .where(and(eq(comments.id, commentId), isNull(comments.deletedAt), commentEditableBy(memberId)))
        .returning({ id: comments.id });
      if (!row) throw new Refusal(notAllowed());
      await tx.delete(commentRevisions).where(eq(commentRevisions.commentId, commentId));
      await tx.update(comments).set({ answerId: null, answeredAt: null }).where(eq(comments.answerId, commentId));
      return { ok: true as const };
    }),
  );
}

/**
 * Marks `answerId` (a reply in the question's thread, not deleted) as the answer of `questionId`,
 * or with `answerId` null takes the mark away. One UPDATE whose WHERE holds the permission: the
 * solution's authors, co-authors and moderators. Marking (not unmarking) enqueues `notify.answer`.
 */
export async function markAnswer(options: { memberId: string; questionId: string; answerId: string | null }): Promise<{ ok: true } | Failure> {
  const { memberId, questionId, answerId } = options;
  if (!isUuid(questionId) || (answerId !== null && !isUuid(answerId))) return notAllowed();
  return refusable(() =>
    db.transaction(async (tx) => {
      const replyInThread = answerId
        ? sql`exists (select 1 from comments a where a.id = ${answerId}::uuid and a.parent_id = ${comments.id} and a.deleted_at is null)`
        : sql`true`;
      const [row] = await tx
        .update(comments)
        .set(answerId ? { answerId, answeredAt: sql`now()` } : { answerId: null, answeredAt: null })
        .where(and(eq(comments.id, questionId), eq(comments.isQuestion, true), isNull(comments.deletedAt), replyInThread, answerMarkableBy(memberId)))
        .returning({ id: comments.id });
      if (!row) throw new Refusal(notAllowed());
      if (answerId) await enqueueJob(tx, { kind: NOTIFY_ANSWER_JOB, payload: { questionId } });
      return { ok: true as const };
    }),
  );
}
