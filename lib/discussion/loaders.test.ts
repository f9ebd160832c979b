import { describe, expect, it } from "vitest";
import { createComment, deleteComment, markAnswer, updateComment } from "./mutations";
import { loadDiscussion, parseCommentOrder } from "./loaders";
import { getPublicSolutionComments } from "./api";
import { newMember, publishedSolution } from "./test-fixtures";

async function post(authorId: string, solutionId: string, body: string, extra: { parentId?: string; isQuestion?: boolean } = {}) {
  const made = await createComment({ authorId, subject: { solutionId }, body, ...extra });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made.comment;
}

describe("loadDiscussion", () => {
  it("builds threads, Q&A and the moderators' earlier versions from the page's rows", async () => {
    const solution = await publishedSolution();
    const asker = await newMember({ name: "Fragende" });
    const moderator = await newMember({ role: "moderator" });
    const question = await post(asker, solution.id, "Erste Frage", { isQuestion: true });
    const answer = await post(solution.authorId, solution.id, "Die Antwort", { parentId: question.id });
    const second = await post(asker, solution.id, "Zweiter Beitrag");
    const gone = await post(asker, solution.id, "Ohne Antworten gelöscht");
    await deleteComment({ memberId: asker, commentId: gone.id });
    await updateComment({ editorId: asker, commentId: second.id, body: "Zweiter Beitrag, korrigiert" });
    await markAnswer({ memberId: solution.authorId, questionId: question.id, answerId: answer.id });

    const asMember = await loadDiscussion({ solutionId: solution.id }, { id: asker, role: "member", name: "x", municipalityAgs: "08119020" });
    expect(asMember.threads.map((t) => t.root.id)).toEqual([question.id, second.id]);
    expect(asMember.threads[0]!.replies.map((r) => r.id)).toEqual([answer.id]);
    expect(asMember.answered.map((qa) => [qa.question.id, qa.answer.id])).toEqual([[question.id, answer.id]]);
    expect(asMember.openQuestions).toBe(0);
    expect(asMember.count).toBe(3);
    expect(asMember.revisions.size).toBe(0);
    expect(asMember.threads[1]!.root.canEdit).toBe(true);
    expect(asMember.threads[0]!.replies[0]!.canEdit).toBe(false);

    const newest = await loadDiscussion({ solutionId: solution.id }, null, "newest");
    expect(newest.threads.map((t) => t.root.id)).toEqual([second.id, question.id]);
    expect(newest.threads[0]!.root.canEdit).toBe(false);

    const asModerator = await loadDiscussion({ solutionId: solution.id }, { id: moderator, role: "moderator", name: "m", municipalityAgs: "08119020" });
    expect(asModerator.revisions.get(second.id)?.map((r) => r.body)).toEqual(["Zweiter Beitrag"]);
    expect(asModerator.threads.every((t) => t.root.canEdit)).toBe(true);
  });

  it("ignores a bad order and says so", () => {
    expect(parseCommentOrder("newest")).toEqual({ order: "newest", invalid: false });
    expect(parseCommentOrder(undefined)).toEqual({ order: "oldest", invalid: false });
    expect(parseCommentOrder("'; drop table")).toEqual({ order: "oldest", invalid: true });
    expect(parseCommentOrder(["newest", "oldest"])).toEqual({ order: "newest", invalid: false });
  });

  it("gives the API no deleted text and no e-mail address", async () => {
    const solution = await publishedSolution();
    const writer = await newMember();
    const root = await post(writer, solution.id, "Geheimnis, das gelöscht wird");
    await post(solution.authorId, solution.id, "Antwort bleibt", { parentId: root.id });
    await deleteComment({ memberId: writer, commentId: root.id });
    const list = await getPublicSolutionComments(solution.slug);
    const json = JSON.stringify(list);
    expect(json).not.toContain("Geheimnis");
    expect(json).not.toMatch(/@test\.kommunalnetz\.invalid/);
    expect(list?.items.map((i) => [i.deleted, i.body?.markdown ?? null])).toEqual([
      [true, null],
      [false, "Antwort bleibt"],
    ]);
    expect(list?.total).toBe(1);
    const draft = await publishedSolution({ draft: true });
    expect(await getPublicSolutionComments(draft.slug)).toBeNull();
  });
});
