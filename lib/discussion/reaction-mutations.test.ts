import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, reactions, solutions } from "@/db/schema";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { listComments } from "./queries";
import { getSolutionHelpful } from "./reaction-queries";
import { setHelpful } from "./reaction-mutations";

async function solution(authorId: string, intent: "publish" | "draft" = "publish") {
  const result = await createSolution({ authorId, input: solutionFormInput({ title: `Hilfreich ${intent} ${runId} ${Math.random()}`, intent }) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}
async function comment(authorId: string, solutionId: string, deleted = false) {
  const [row] = await db
    .insert(comments)
    .values({ authorId, solutionId, body: "Danke!", deletedAt: deleted ? sql`now()` : null })
    .returning({ id: comments.id });
  return row!.id;
}
const countOf = async (id: string) => (await db.select({ n: solutions.helpfulCount }).from(solutions).where(eq(solutions.id, id)))[0]!.n;
const commentCount = async (id: string) => (await db.select({ n: comments.helpfulCount }).from(comments).where(eq(comments.id, id)))[0]!.n;
const notFound = { ok: false, errors: { form: ["reactions.notFound"] } };

describe("setHelpful", () => {
  it("marks a solution helpful once per member and returns to 0 when taken back", async () => {
    const author = await newMember();
    const reader = await newMember();
    const id = await solution(author);
    expect(await setHelpful({ memberId: reader, subject: { solutionId: id }, helpful: true })).toEqual({ ok: true, helpful: true, count: 1 });
    // The same form sent twice does not count twice.
    expect(await setHelpful({ memberId: reader, subject: { solutionId: id }, helpful: true })).toEqual({ ok: true, helpful: true, count: 1 });
    expect(await getSolutionHelpful(id, reader)).toEqual({ count: 1, pressed: true });
    expect(await setHelpful({ memberId: reader, subject: { solutionId: id }, helpful: false })).toEqual({ ok: true, helpful: false, count: 0 });
    expect(await setHelpful({ memberId: reader, subject: { solutionId: id }, helpful: false })).toEqual({ ok: true, helpful: false, count: 0 });
    expect(await countOf(id)).toBe(0);
    expect(await db.$count(reactions, eq(reactions.solutionId, id))).toBe(0);
  });

  it("counts concurrent presses by different members, and one member's concurrent presses once", async () => {
    const author = await newMember();
    const [a, b] = [await newMember(), await newMember()];
    const id = await solution(author);
    const results = await Promise.all([
      setHelpful({ memberId: a, subject: { solutionId: id }, helpful: true }),
      setHelpful({ memberId: b, subject: { solutionId: id }, helpful: true }),
      setHelpful({ memberId: a, subject: { solutionId: id }, helpful: true }),
      setHelpful({ memberId: b, subject: { solutionId: id }, helpful: true }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await countOf(id)).toBe(2);
    await Promise.all([
      setHelpful({ memberId: a, subject: { solutionId: id }, helpful: false }),
      setHelpful({ memberId: a, subject: { solutionId: id }, helpful: false }),
    ]);
    expect(await countOf(id)).toBe(1);
  });

  it("reacts to comments, and keeps the comment's count apart from the solution's", async () => {
    const author = await newMember();
    const reader = await newMember();
    const id = await solution(author);
    const c = await comment(author, id);
    expect(await setHelpful({ memberId: reader, subject: { commentId: c }, helpful: true })).toEqual({ ok: true, helpful: true, count: 1 });
    expect(await commentCount(c)).toBe(1);
    expect(await countOf(id)).toBe(0);
    // The thread the reader sees shows the button pressed; the author's does not.
    expect((await listComments({ solutionId: id }, { id: reader, moderator: false })).find((row) => row.id === c)?.helpfulPressed).toBe(true);
    expect((await listComments({ solutionId: id }, { id: author, moderator: false })).find((row) => row.id === c)?.helpfulPressed).toBe(false);
    expect(await setHelpful({ memberId: reader, subject: { commentId: c }, helpful: false })).toEqual({ ok: true, helpful: false, count: 0 });
  });

  it("refuses drafts, unknown and deleted subjects and members without a profile like 'not found'", async () => {
    const author = await newMember();
    const reader = await newMember();
    const noProfile = await newMember({ municipalityAgs: null });
    const draft = await solution(author, "draft");
    const published = await solution(author);
    const deleted = await comment(author, published, true);
    const onDraft = await comment(author, draft);
    const forged = "00000000-0000-4000-8000-000000000000";
    expect(await setHelpful({ memberId: reader, subject: { solutionId: draft }, helpful: true })).toEqual(notFound);
    expect(await setHelpful({ memberId: author, subject: { solutionId: draft }, helpful: true })).toEqual(notFound);
    expect(await setHelpful({ memberId: reader, subject: { solutionId: forged }, helpful: true })).toEqual(notFound);
    expect(await setHelpful({ memberId: reader, subject: { commentId: forged }, helpful: false })).toEqual(notFound);
    expect(await setHelpful({ memberId: reader, subject: { commentId: deleted }, helpful: true })).toEqual(notFound);
    expect(await setHelpful({ memberId: reader, subject: { commentId: onDraft }, helpful: true })).toEqual(notFound);
    expect(await setHelpful({ memberId: noProfile, subject: { solutionId: published }, helpful: true })).toEqual(notFound);
    expect(await countOf(draft)).toBe(0);
    expect(await countOf(published)).toBe(0);
    expect(await db.$count(reactions, eq(reactions.memberId, reader))).toBe(0);
  });
});
