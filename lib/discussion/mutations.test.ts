import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { commentRevisions, comments, follows, jobOutbox } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown/render";
import { createComment, deleteComment, markAnswer, updateComment } from "./mutations";
import { MAX_COMMENT_LENGTH } from "./schema";
import { newMember, publishedMeetup, publishedSolution } from "./test-fixtures";

async function post(authorId: string, subject: { solutionId: string } | { meetupId: string }, body: string, extra: { parentId?: string; isQuestion?: boolean } = {}) {
  const result = await createComment({ authorId, subject, body, ...extra });
  if (!result.ok) throw new Error(`createComment failed: ${JSON.stringify(result.errors)}`);
  return result.comment;
}
const row = async (id: string) => (await db.select().from(comments).where(eq(comments.id, id)))[0]!;
const jobsFor = async (kind: string, key: string, value: string) =>
  (await db.select({ payload: jobOutbox.payload }).from(jobOutbox).where(eq(jobOutbox.kind, kind))).map((j) => j.payload).filter((p) => p[key] === value);

describe("createComment", () => {
  it("posts on a published solution, enqueues notify.comment with the mentions and follows the solution", async () => {
    const solution = await publishedSolution();
    const writer = await newMember({ name: "Berta Beispiel" });
    const mentioned = await newMember({ name: "Anna Beispiel" });
    const made = await createComment({
      authorId: writer,
      subject: { solutionId: solution.id },
      body: `Frage an @[Anna Beispiel](/members/${mentioned}) und @[Niemand](/members/00000000-0000-4000-8000-000000000000) und mich @[Berta](/members/${writer})`,
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.comment.threadId).toBe(made.comment.id);
    const stored = await row(made.comment.id);
    // An id that is no member becomes plain text.
    expect(stored.body).toContain("@Niemand und");
    expect(stored.body).toContain(`@[Anna Beispiel](/members/${mentioned})`);
    expect(await jobsFor("notify.comment", "commentId", made.comment.id)).toEqual([{ commentId: made.comment.id, mentionedIds: [mentioned] }]);
    const [follow] = await db.select().from(follows).where(and(eq(follows.memberId, writer), eq(follows.targetId, solution.id)));
    expect(follow).toMatchObject({ target: "solution", active: true, automatic: true });
  });

  it("lets a reply to a reply join the thread, and refuses a parent from another page", async () => {
    const solution = await publishedSolution();
    const other = await publishedSolution();
    const member = await newMember();
    const root = await post(member, { solutionId: solution.id }, "Erster Beitrag");
    const reply = await post(member, { solutionId: solution.id }, "Antwort", { parentId: root.id });
    const replyToReply = await post(member, { solutionId: solution.id }, "Antwort auf die Antwort", { parentId: reply.id });
    expect(reply.threadId).toBe(root.id);
    expect(replyToReply.threadId).toBe(root.id);
    expect((await row(replyToReply.id)).parentId).toBe(root.id);
    // The parent belongs to another solution: refused like an unknown id.
    const foreign = await createComment({ authorId: member, subject: { solutionId: other.id }, parentId: root.id, body: "Falscher Ort" });
    expect(foreign).toEqual({ ok: false, errors: { form: ["comments.errors.notAllowed"] } });
    const unknown = await createComment({ authorId: member, subject: { solutionId: solution.id }, parentId: "00000000-0000-4000-8000-000000000000", body: "x" });
    expect(unknown.ok).toBe(false);
    const malformed = await createComment({ authorId: member, subject: { solutionId: solution.id }, parentId: "1; drop table comments", body: "x" });
    expect(malformed.ok).toBe(false);
  });

  it("refuses drafts, unknown subjects, unknown authors and incomplete profiles alike", async () => {
    const draft = await publishedSolution({ draft: true });
    const solution = await publishedSolution();
    const member = await newMember();
    const noProfile = await newMember({ municipalityAgs: null });
    const refused = { ok: false, errors: { form: ["comments.errors.notAllowed"] } };
    expect(await createComment({ authorId: member, subject: { solutionId: draft.id }, body: "Entwurf" })).toEqual(refused);
    expect(await createComment({ authorId: member, subject: { solutionId: "00000000-0000-4000-8000-000000000000" }, body: "x" })).toEqual(refused);
    expect(await createComment({ authorId: "forged-member", subject: { solutionId: solution.id }, body: "x" })).toEqual(refused);
    expect(await createComment({ authorId: noProfile, subject: { solutionId: solution.id }, body: "x" })).toEqual(refused);
    const meetupDraft = await publishedMeetup({ draft: true });
    expect(await createComment({ authorId: member, subject: { meetupId: meetupDraft.id }, body: "x" })).toEqual(refused);
  });

  it("posts on a published meetup and follows it; a question there is an ordinary comment", async () => {
    const meetup = await publishedMeetup();
    const member = await newMember();
    const made = await post(member, { meetupId: meetup.id }, "Gibt es Parkplätze?", { isQuestion: true });
    expect((await row(made.id)).isQuestion).toBe(false);
    const [follow] = await db.select().from(follows).where(and(eq(follows.memberId, member), eq(follows.targetId, meetup.id)));
    expect(follow?.target).toBe("meetup");
  });

  it("refuses an empty, a 50 kB and a control-character body on the body field", async () => {
    const solution = await publishedSolution();
    const member = await newMember();
    const subject = { solutionId: solution.id };
    expect(await createComment({ authorId: member, subject, body: "  \n " })).toEqual({ ok: false, errors: { body: ["comments.errors.bodyEmpty"] } });
    expect(await createComment({ authorId: member, subject, body: "x".repeat(50_000) })).toEqual({ ok: false, errors: { body: ["comments.errors.bodyTooLong"] } });
    expect(await createComment({ authorId: member, subject, body: "a\u0000b" })).toEqual({ ok: false, errors: { body: ["comments.errors.controlCharacters"] } });
    // Exactly the limit is fine; line breaks and tabs are text.
    expect((await createComment({ authorId: member, subject, body: "y".repeat(MAX_COMMENT_LENGTH) })).ok).toBe(true);
    expect((await createComment({ authorId: member, subject, body: "Zeile 1\r\n\tZeile 2" })).ok).toBe(true);
    expect(await db.$count(comments, eq(comments.solutionId, solution.id))).toBe(2);
  });

  it("stores <script> as text that renders inert", async () => {
    const solution = await publishedSolution();
    const member = await newMember();
    const made = await post(member, { solutionId: solution.id }, 'Hallo <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="alert(1)">');
    const html = await renderMarkdown((await row(made.id)).body);
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
});

describe("updateComment and deleteComment", () => {
  it("lets the author and a moderator edit, keeps the old text, and notifies only new mentions", async () => {
    const solution = await publishedSolution();
    const author = await newMember();
    const stranger = await newMember();
    const moderator = await newMember({ role: "moderator" });
    const anna = await newMember({ name: "Anna" });
    const bernd = await newMember({ name: "Bernd" });
    const made = await post(author, { solutionId: solution.id }, `Erste Fassung mit @[Anna](/members/${anna})`);

    expect(await updateComment({ editorId: stranger, commentId: made.id, body: "Übernommen" })).toEqual({ ok: false, errors: { form: ["comments.errors.notAllowed"] } });
    expect(await updateComment({ editorId: author, commentId: "not-a-uuid", body: "x" })).toEqual({ ok: false, errors: { form: ["comments.errors.notAllowed"] } });
    expect(await updateComment({ editorId: author, commentId: made.id, body: "" })).toEqual({ ok: false, errors: { body: ["comments.errors.bodyEmpty"] } });

    const edited = await updateComment({ editorId: author, commentId: made.id, body: `Zweite Fassung mit @[Anna](/members/${anna}) und @[Bernd](/members/${bernd})` });
    expect(edited).toEqual({ ok: true, changed: true });
    expect((await row(made.id)).editedAt).not.toBeNull();
    const jobs = await jobsFor("notify.comment", "commentId", made.id);
    expect(jobs).toHaveLength(2);
    expect(jobs).toContainEqual({ commentId: made.id, mentionedIds: [bernd], onlyMentions: true });

    expect(await updateComment({ editorId: moderator, commentId: made.id, body: "Moderiert" })).toEqual({ ok: true, changed: true });
    const revisions = await db.select({ body: commentRevisions.body }).from(commentRevisions).where(eq(commentRevisions.commentId, made.id)).orderBy(commentRevisions.id);
    expect(revisions.map((r) => r.body)).toEqual([`Erste Fassung mit @[Anna](/members/${anna})`, `Zweite Fassung mit @[Anna](/members/${anna}) und @[Bernd](/members/${bernd})`]);
    // The same text again is no edit.
    expect(await updateComment({ editorId: author, commentId: made.id, body: "Moderiert" })).toEqual({ ok: true, changed: false });
  });

  it("deletes softly: only author or moderator, the replies stay in the thread", async () => {
    const solution = await publishedSolution();
    const author = await newMember();
    const replier = await newMember();
    const moderator = await newMember({ role: "admin" });
    const root = await post(author, { solutionId: solution.id }, "Wird gelöscht");
    const reply = await post(replier, { solutionId: solution.id }, "Bleibt", { parentId: root.id });
    await updateComment({ editorId: author, commentId: root.id, body: "Geändert" });

    expect(await deleteComment({ memberId: replier, commentId: root.id })).toEqual({ ok: false, errors: { form: ["comments.errors.notAllowed"] } });
    expect(await deleteComment({ memberId: author, commentId: root.id })).toEqual({ ok: true });
    const deleted = await row(root.id);
    expect(deleted.body).toBe("");
    expect(deleted.deletedAt).not.toBeNull();
    expect(await db.$count(commentRevisions, eq(commentRevisions.commentId, root.id))).toBe(0);
    expect((await row(reply.id)).parentId).toBe(root.id);
    // Twice is refused; editing a deleted comment too.
    expect((await deleteComment({ memberId: author, commentId: root.id })).ok).toBe(false);
    expect((await updateComment({ editorId: author, commentId: root.id, body: "Wieder da" })).ok).toBe(false);
    expect(await deleteComment({ memberId: moderator, commentId: reply.id })).toEqual({ ok: true });
  });
});

describe("markAnswer", () => {
  it("is for the solution's authors, co-authors and moderators, and only for a reply in the thread", async () => {
    const solution = await publishedSolution();
    const asker = await newMember();
    const stranger = await newMember();
    const moderator = await newMember({ role: "moderator" });
    const question = await post(asker, { solutionId: solution.id }, "Was sagte Ihr Datenschutz?", { isQuestion: true });
    expect((await row(question.id)).isQuestion).toBe(true);
    const answer = await post(solution.authorId, { solutionId: solution.id }, "Er hat zugestimmt.", { parentId: question.id });
    const other = await post(stranger, { solutionId: solution.id }, "Eine andere Frage", { isQuestion: true });
    const refused = { ok: false, errors: { form: ["comments.errors.notAllowed"] } };

    // The asker and a stranger may not; a reply from another thread is not an answer.
    expect(await markAnswer({ memberId: asker, questionId: question.id, answerId: answer.id })).toEqual(refused);
    expect(await markAnswer({ memberId: stranger, questionId: question.id, answerId: answer.id })).toEqual(refused);
    expect(await markAnswer({ memberId: solution.authorId, questionId: other.id, answerId: answer.id })).toEqual(refused);
    expect(await markAnswer({ memberId: solution.authorId, questionId: answer.id, answerId: answer.id })).toEqual(refused);

    expect(await markAnswer({ memberId: solution.coauthorId, questionId: question.id, answerId: answer.id })).toEqual({ ok: true });
    const marked = await row(question.id);
    expect(marked.answerId).toBe(answer.id);
    expect(marked.answeredAt).not.toBeNull();
    expect(await jobsFor("notify.answer", "questionId", question.id)).toEqual([{ questionId: question.id }]);

    expect(await markAnswer({ memberId: moderator, questionId: question.id, answerId: null })).toEqual({ ok: true });
    expect((await row(question.id)).answerId).toBeNull();
    expect(await markAnswer({ memberId: solution.authorId, questionId: question.id, answerId: answer.id })).toEqual({ ok: true });
    // A deleted answer leaves the question open.
    await deleteComment({ memberId: solution.authorId, commentId: answer.id });
    expect((await row(question.id)).answerId).toBeNull();
  });
});
