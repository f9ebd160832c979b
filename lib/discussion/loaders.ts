import "server-only";
import { isModerator } from "@/lib/solutions/permissions";
import { listComments, listRevisions, type CommentRow, type CommentSubject, type RevisionRow } from "./queries";
import { answeredQuestions, groupThreads, openQuestionCount } from "./rules";
import { commentOrderParam, type CommentOrder } from "./schema";

export type DiscussionViewer = { id: string; role: string | null; name: string | null; municipalityAgs: string | null } | null;

export type Discussion = {
  subject: CommentSubject;
  order: CommentOrder;
  /** The `?comments=` value was given but is no order: it was ignored (the page says so). */
  orderInvalid: boolean;
  threads: ReturnType<typeof groupThreads<CommentRow>>;
  answered: { question: CommentRow; answer: CommentRow }[];
  openQuestions: number;
  count: number;
  /** Earlier versions per comment id, for moderators only (empty for everyone else). */
  revisions: Map<string, RevisionRow[]>;
  moderator: boolean;
};

/** `?comments=newest|oldest`; anything else is ignored, never an error. */
export function parseCommentOrder(value: string | string[] | undefined): { order: CommentOrder; invalid: boolean } {
  if (value === undefined) return { order: "oldest", invalid: false };
  const parsed = commentOrderParam.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? { order: parsed.data, invalid: false } : { order: "oldest", invalid: true };
}

/**
 * The discussion of a page the viewer may see: one statement for all comments (and one more for a
 * moderator's earlier versions), however many comments there are. Threads, the Q&A section and the
 * open-question count are built from the same rows. Called once per page render (the page passes the
 * result to the thread and to the Q&A section).
 */
export async function loadDiscussion(subject: CommentSubject, viewer: DiscussionViewer, orderParam?: string | string[]): Promise<Discussion> {
  const { order, invalid } = parseCommentOrder(orderParam);
  const moderator = isModerator(viewer?.role as never);
  const [rows, revisionRows] = await Promise.all([
    listComments(subject, viewer ? { id: viewer.id, moderator } : null),
    moderator ? listRevisions(subject) : Promise.resolve([]),
  ]);
  const revisions = new Map<string, RevisionRow[]>();
  for (const revision of revisionRows) revisions.set(revision.commentId, [...(revisions.get(revision.commentId) ?? []), revision]);
  const discussion: Discussion = {
    subject,
    order,
    orderInvalid: invalid,
    threads: groupThreads(rows, order),
    // A question or answer hidden by the moderators is not repeated in the Q&A section.
    answered: answeredQuestions(rows.filter((row) => !row.bodyHidden)),
    openQuestions: openQuestionCount(rows),
    count: rows.filter((row) => !row.deleted).length,
    revisions,
    moderator,
  };
  return discussion;
}
