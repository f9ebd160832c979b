import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { solutionReuses, solutionRevisions, solutions } from "@/db/schema";
import { listMunicipalitiesRunningService } from "./live-queries";
import { addCoauthor, createSolution, markReuse, updateSolution } from "./mutations";
import { getSolutionBySlug, listReusesOfMunicipality } from "./queries";
import { listRevisionChanges } from "./revisions";
import { searchSolutions } from "@/lib/search/solution-queries";
import { solutionSearchInput } from "./schema";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN, WOHNGELD, viewerOf } from "./test-fixtures";
import { deleteDraftSolution, withdrawSolution } from "./withdrawal-mutations";

async function create(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}
const stateOf = async (id: string) => (await db.select({ state: solutions.state }).from(solutions).where(eq(solutions.id, id)))[0]?.state;
const inCatalogue = async (slug: string) => (await searchSolutions(solutionSearchInput.parse({ q: runId, pageSize: "100" }))).items.some((i) => i.slug === slug);

describe("withdrawSolution", () => {
  it("takes a published solution back to draft and keeps its revisions and reuses for its republication", async () => {
    const author = await newMember();
    const reuser = await newMember({ municipalityAgs: WAIBLINGEN });
    const made = await create(author, { title: `Zurückgezogen und wieder da ${runId}` });
    await markReuse({ memberId: reuser, slug: made.slug, status: "live" });
    const waiblingenRuns = async () => (await listMunicipalitiesRunningService(WOHNGELD)).some((m) => m.ags === WAIBLINGEN);
    const reusedByWaiblingen = async () => (await listReusesOfMunicipality(WAIBLINGEN)).some((r) => r.solution.slug === made.slug);
    expect(await reusedByWaiblingen()).toBe(true);

    expect(await withdrawSolution({ memberId: author, slug: made.slug })).toEqual({ ok: true });
    expect(await stateOf(made.id)).toBe("draft");
    expect(await inCatalogue(made.slug)).toBe(false);
    expect(await getSolutionBySlug(made.slug, await viewerOf(reuser))).toBeNull();
    expect(await reusedByWaiblingen()).toBe(false);
    // Kept, though not shown.
    expect(await db.$count(solutionReuses, eq(solutionReuses.solutionId, made.id))).toBe(1);
    expect(await db.$count(solutionRevisions, eq(solutionRevisions.solutionId, made.id))).toBe(1);

    const draft = await getSolutionBySlug(made.slug, await viewerOf(author));
    const republished = await updateSolution({
      editorId: author,
      slug: made.slug,
      input: solutionFormInput({ title: `Zurückgezogen und wieder da ${runId}`, expectedVersion: String(draft!.version), intent: "publish" }),
    });
    expect(republished.ok).toBe(true);
    expect(await inCatalogue(made.slug)).toBe(true);
    expect(await reusedByWaiblingen()).toBe(true);
    expect(await waiblingenRuns()).toBe(true);
    expect((await getSolutionBySlug(made.slug))?.reuseCount).toBe(1);
    expect((await listRevisionChanges(made.slug)).map((r) => r.version)).toEqual([2, 1]);
  });

  it("lets co-authors and moderators withdraw, as they may edit", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const moderator = await newMember({ municipalityAgs: WAIBLINGEN, role: "moderator" });
    const first = await create(author, { title: `Von der Mitautorin zurückgezogen ${runId}` });
    await addCoauthor({ authorId: author, slug: first.slug, coauthorId: coauthor });
    expect(await withdrawSolution({ memberId: coauthor, slug: first.slug })).toEqual({ ok: true });
    const second = await create(author, { title: `Von der Moderation zurückgezogen ${runId}` });
    expect(await withdrawSolution({ memberId: moderator, slug: second.slug })).toEqual({ ok: true });
  });

  it("refuses another member, a forged slug and a solution that is not published", async () => {
    const author = await newMember();
    const colleague = await newMember({ municipalityAgs: FELLBACH });
    const made = await create(author, { title: `Nicht zurückzuziehen ${runId}` });
    expect(await withdrawSolution({ memberId: colleague, slug: made.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
    expect(await stateOf(made.id)).toBe("published");
    expect(await withdrawSolution({ memberId: author, slug: `gibt-es-nicht-${runId}` })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
    const draft = await create(author, { title: `Schon ein Entwurf ${runId}`, intent: "draft" });
    expect(await withdrawSolution({ memberId: author, slug: draft.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.withdrawNotPublished"] } });
    // Someone else's draft does not exist for the colleague.
    expect(await withdrawSolution({ memberId: colleague, slug: draft.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
  });
});

describe("deleteDraftSolution", () => {
  it("deletes a draft of the author's, and a co-author's", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const draft = await create(author, { title: `Zu löschender Entwurf ${runId}`, intent: "draft" });
    expect(await deleteDraftSolution({ memberId: author, slug: draft.slug })).toEqual({ ok: true });
    expect(await stateOf(draft.id)).toBeUndefined();
    const other = await create(author, { title: `Von der Mitautorin gelöscht ${runId}`, intent: "draft" });
    await addCoauthor({ authorId: author, slug: other.slug, coauthorId: coauthor });
    expect(await deleteDraftSolution({ memberId: coauthor, slug: other.slug })).toEqual({ ok: true });
  });

  it("refuses another member as if the draft did not exist, and never deletes what was published", async () => {
    const author = await newMember();
    const stranger = await newMember({ municipalityAgs: WAIBLINGEN });
    const draft = await create(author, { title: `Fremder Entwurf bleibt ${runId}`, intent: "draft" });
    expect(await deleteDraftSolution({ memberId: stranger, slug: draft.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
    expect(await stateOf(draft.id)).toBe("draft");
    expect(await deleteDraftSolution({ memberId: author, slug: `gibt-es-nicht-${runId}` })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });

    const published = await create(author, { title: `Veröffentlicht, nicht löschbar ${runId}` });
    expect(await deleteDraftSolution({ memberId: author, slug: published.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.deleteOnlyNeverPublished"] } });
    expect(await deleteDraftSolution({ memberId: stranger, slug: published.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
    await withdrawSolution({ memberId: author, slug: published.slug });
    expect(await deleteDraftSolution({ memberId: author, slug: published.slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.deleteOnlyNeverPublished"] } });
    expect(await stateOf(published.id)).toBe("draft");
  });
});
