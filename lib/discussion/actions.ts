"use server";

import { revalidatePath } from "next/cache";
import { hasCompleteProfile, getCurrentMember, requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { consumeLimits, memberLimitError } from "@/lib/rate-limits/mutations";
import { isSlug, isUuid } from "@/lib/validation";
import { createComment, deleteComment, markAnswer, updateComment } from "./mutations";
import { searchMembersByName } from "./queries";
import { answerInput, commentEditInput, commentInput, memberSearchInput } from "./schema";

/** The page a form acts on, bound into the action: what it comments on and where it lives. */
export type DiscussionTarget = { kind: "solution" | "meetup"; id: string; slug: string };

export type CommentFormState = FormState & {
  /** The id of the comment just posted or saved: the form clears its draft and jumps to it. */
  savedId?: string;
};

const pathOf = (target: DiscussionTarget) => `/${target.kind === "solution" ? "solutions" : "meetups"}/${target.slug}`;
const validTarget = (target: DiscussionTarget) =>
  (target.kind === "solution" || target.kind === "meetup") && isUuid(target.id) && isSlug(target.slug);
const refused = (values: Record<string, string>): CommentFormState => ({ values, errors: { form: ["comments.errors.notAllowed"] } });

/**
 * Posts a comment, reply or question. Signed-out (a session that expired while writing) goes to
 * sign-in and back to the page's discussion, where the form restores the draft from the browser.
 * A refusal returns everything typed, with the message next to the field.
 */
export async function createCommentAction(target: DiscussionTarget, _prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData);
  if (!validTarget(target)) return refused(values);
  const member = await requireMember(`${pathOf(target)}#discussion`);
  if (!hasCompleteProfile(member)) return { values, errors: { form: ["comments.errors.needsProfile"] } };
  if (member.status !== "verified") return { values, errors: { form: ["errors.membership.notVerified"] } };
  const parsed = parseForm(commentInput, values, { values, multiLine: ["body"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values, errors: { form: [limited] } };
  const result = await createComment({
    authorId: member.id,
    subject: target.kind === "solution" ? { solutionId: target.id } : { meetupId: target.id },
    parentId: parsed.data.parentId,
    body: parsed.data.body,
    isQuestion: parsed.data.isQuestion,
  });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(pathOf(target));
  return { values: {}, errors: {}, message: "comments.form.posted", savedId: result.comment.id };
}

export async function updateCommentAction(target: DiscussionTarget, _prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData);
  if (!validTarget(target)) return refused(values);
  const member = await requireMember(`${pathOf(target)}#discussion`);
  const parsed = parseForm(commentEditInput, values, { values, multiLine: ["body"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values, errors: { form: [limited] } };
  const result = await updateComment({ editorId: member.id, commentId: parsed.data.commentId, body: parsed.data.body });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(pathOf(target));
  return { values, errors: {}, message: "comments.form.saved", savedId: parsed.data.commentId };
}

export async function deleteCommentAction(target: DiscussionTarget, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (!validTarget(target)) return refused(values);
  const member = await requireMember(`${pathOf(target)}#discussion`);
  const commentId = values.commentId ?? "";
  if (!isUuid(commentId)) return refused(values);
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const result = await deleteComment({ memberId: member.id, commentId });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(pathOf(target));
  return { values: {}, errors: {}, message: "comments.form.deletedMessage" };
}

export async function markAnswerAction(target: DiscussionTarget, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  if (!validTarget(target) || target.kind !== "solution") return refused(values);
  const member = await requireMember(`${pathOf(target)}#discussion`);
  const parsed = answerInput.safeParse(values);
  if (!parsed.success) return refused(values);
  const result = await markAnswer({ memberId: member.id, questionId: parsed.data.questionId, answerId: parsed.data.answerId ?? null });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(pathOf(target));
  return { values: {}, errors: {}, message: parsed.data.answerId ? "comments.form.answerMarked" : "comments.form.answerUnmarked" };
}

export type MentionCandidate = { id: string; name: string; municipality: string | null };

/**
 * The mention autocomplete: members whose name contains `q`. Signed-in members only (anyone else
 * gets an empty list), validated, and counted against the per-member search limit.
 */
export async function searchMentionsAction(q: unknown): Promise<MentionCandidate[]> {
  const member = await getCurrentMember();
  if (!member) return [];
  const parsed = memberSearchInput.safeParse({ q });
  if (!parsed.success) return [];
  const limited = await consumeLimits([{ name: "search", key: `mentions:${member.id}` }]);
  if (!limited.ok) return [];
  return searchMembersByName(parsed.data.q);
}
