// Pure rules of the discussion: how the flat rows of a page become threads and the Q&A section.
import type { CommentOrder } from "./schema";

/**
 * The longest comment, in characters (after trimming): 20,000 is about eight printed pages, far
 * more than any reply needs, and small enough that a thread of 500 comments stays a page one can
 * render quickly. A pasted 50 kB document is refused with a message, its text kept in the form.
 * (Here, not in schema.ts, so that the comment form's hint does not bring zod to the browser.)
 */
export const MAX_COMMENT_LENGTH = 20_000;

type Row = { id: string; parentId: string | null; createdAt: Date; isQuestion: boolean; answerId: string | null; deleted: boolean };

export type Thread<T extends Row> = { root: T; replies: T[] };

/**
 * Threads of a page from its rows (oldest first, as `listComments` reads them): the first comments
 * in the chosen order, each with its replies oldest first. A reply whose thread root is missing
 * (cannot happen with the one-level rule, but a row is never dropped) becomes a thread of its own.
 */
export function groupThreads<T extends Row>(rows: readonly T[], order: CommentOrder): Thread<T>[] {
  const threads = new Map<string, Thread<T>>();
  for (const row of rows) if (row.parentId === null) threads.set(row.id, { root: row, replies: [] });
  for (const row of rows) {
    if (row.parentId === null) continue;
    const thread = threads.get(row.parentId);
    if (thread) thread.replies.push(row);
    else threads.set(row.id, { root: row, replies: [] });
  }
  const list = [...threads.values()].sort((a, b) => a.root.createdAt.getTime() - b.root.createdAt.getTime());
  return order === "newest" ? list.reverse() : list;
}

/** Answered questions (not deleted) with their answer, newest answer first, for "Fragen und Antworten". */
export function answeredQuestions<T extends Row & { answeredAt: Date | null }>(rows: readonly T[]): { question: T; answer: T }[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows
    .flatMap((question) => {
      const answer = question.isQuestion && !question.deleted && question.answerId ? byId.get(question.answerId) : undefined;
      return answer && !answer.deleted ? [{ question, answer }] : [];
    })
    .sort((a, b) => (b.question.answeredAt?.getTime() ?? 0) - (a.question.answeredAt?.getTime() ?? 0));
}

/** Questions on the page without an answer yet. */
export function openQuestionCount(rows: readonly Row[]): number {
  return rows.filter((row) => row.isQuestion && !row.deleted && row.answerId === null).length;
}

/** The page of a comment with its permalink (`#comment-<id>`, the id comment-item.tsx gives it). */
export function commentHref(comment: { id: string; subject: { kind: "solution" | "meetup"; slug: string } }): string {
  return `/${comment.subject.kind === "solution" ? "solutions" : "meetups"}/${comment.subject.slug}#comment-${comment.id}`;
}
