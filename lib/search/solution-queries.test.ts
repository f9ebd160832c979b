import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments } from "@/db/schema";
import { setHelpful } from "@/lib/discussion/reaction-mutations";
import { parseSearchParams } from "@/lib/search-params";
import { createSolution } from "@/lib/solutions/mutations";
import { solutionSearchInput } from "@/lib/solutions/schema";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { searchSolutions } from "./solution-queries";

const tag = `hilfsuche${runId}`;
async function solution(authorId: string, title: string, intent: "publish" | "draft" = "publish") {
  const result = await createSolution({ authorId, input: solutionFormInput({ title: `${title} ${tag}`, intent }) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
async function question(authorId: string, solutionId: string, state: "open" | "answered" | "deleted") {
  await db.insert(comments).values({
    authorId,
    solutionId,
    body: "Was hat Ihr Datenschutz gesagt?",
    isQuestion: true,
    answeredAt: state === "answered" ? sql`now()` : null,
    deletedAt: state === "deleted" ? sql`now()` : null,
  });
}
const slugs = async (input: Record<string, string>) => (await searchSolutions(solutionSearchInput.parse({ q: tag, pageSize: "100", ...input }))).items.map((i) => i.slug);

describe("catalogue: most helpful first and the questions filter", () => {
  it("sorts by helpful count, then newest, and filters open and answered questions", async () => {
    const author = await newMember();
    const readers = [await newMember(), await newMember(), await newMember()];
    const none = await solution(author, "Ohne Stimmen");
    const two = await solution(author, "Zwei Stimmen");
    const one = await solution(author, "Eine Stimme");
    const draft = await solution(author, "Entwurf", "draft");
    for (const r of readers.slice(0, 2)) await setHelpful({ memberId: r, subject: { solutionId: two.id }, helpful: true });
    await setHelpful({ memberId: readers[2]!, subject: { solutionId: one.id }, helpful: true });

    const helpful = await searchSolutions(solutionSearchInput.parse({ q: tag, sort: "helpful" }));
    expect(helpful.items.map((i) => i.slug)).toEqual([two.slug, one.slug, none.slug]);
    expect(helpful.items.map((i) => i.helpfulCount)).toEqual([2, 1, 0]);
    expect(helpful.total).toBe(3);
    // Without a query too (the catalogue's plain list).
    const all = (await searchSolutions(solutionSearchInput.parse({ sort: "helpful", pageSize: "100" }))).items.map((i) => i.slug);
    expect(all.indexOf(two.slug)).toBeLessThan(all.indexOf(one.slug));
    expect(all).not.toContain(draft.slug);

    await question(author, none.id, "open");
    await question(author, two.id, "answered");
    await question(author, one.id, "deleted");
    await question(author, draft.id, "open");
    expect(await slugs({ questions: "open" })).toEqual([none.slug]);
    expect(await slugs({ questions: "answered" })).toEqual([two.slug]);
    // Both filters work with the relevance order and with the other sorts.
    expect(await slugs({ questions: "open", sort: "relevance" })).toEqual([none.slug]);
    expect(await slugs({ questions: "answered", sort: "helpful" })).toEqual([two.slug]);
  });

  it("reports a bad sort or questions value and searches without it", () => {
    const { search, errors } = parseSearchParams(solutionSearchInput, { q: "Wohngeld", sort: "beliebt", questions: "alle" });
    expect(errors).toEqual({ sort: ["errors.solutions.sortInvalid"], questions: ["errors.solutions.questionsInvalid"] });
    expect(search.q).toBe("Wohngeld");
    expect(search.sort).toBeUndefined();
    expect(search.questions).toBeUndefined();
  });
});
