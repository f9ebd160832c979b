import { eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { pageLinks } from "@/components/ui/pagination";
import { db } from "@/db/client";
import { solutions } from "@/db/schema";
import { addCoauthor, createSolution, markReuse } from "./mutations";
import {
  countSolutions,
  getSolutionBySlug,
  listDerivedSolutions,
  listMostReusedSolutions,
  listNewestSolutions,
  listReusesOfMunicipality,
  listSolutionsForService,
  listSolutionsOfMunicipality,
} from "./queries";
import { listMunicipalitiesRunningService } from "./live-queries";
import { RANKED_CANDIDATES, solutionSearchInput } from "./schema";
import { searchSolutions } from "@/lib/search/solution-queries";
import { ELTERNGELD, FELLBACH, newMember, PARKAUSWEISE, runId, solutionFormInput, WAIBLINGEN, WOHNGELD, viewerOf } from "./test-fixtures";

const AIDLINGEN = "08115001"; // about 9 400 inhabitants, district Böblingen
const LEIPZIG = "14713000"; // Saxony, over 600 000 inhabitants

const search = (params: Record<string, string>) => searchSolutions(solutionSearchInput.parse({ pageSize: "100", ...params }));
const slugsOf = (page: { items: { slug: string }[] }) => page.items.map((i) => i.slug);

async function publish(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}

// A small catalogue of this file's own; every title carries runId, so `q: runId` selects exactly it.
const fixture = {} as Record<"antrag" | "hund" | "aidlingen" | "leipzig" | "planned" | "draft", { id: string; slug: string }>;
let fellbachAuthor: string;
let draftAuthor: string;

beforeAll(async () => {
  fellbachAuthor = await newMember();
  draftAuthor = await newMember();
  const aidlingenAuthor = await newMember({ municipalityAgs: AIDLINGEN });
  const leipzigAuthor = await newMember({ municipalityAgs: LEIPZIG });
  fixture.antrag = await publish(fellbachAuthor, { title: `Antrag auf Wohngeld digital ${runId}` });
  fixture.hund = await publish(fellbachAuthor, {
    title: `Hundesteuer digital anmelden ${runId}`,
    body: "Anmeldung und Abmeldung des Hundes ohne Behördengang.",
    serviceIds: [PARKAUSWEISE],
    software: "Form-Solutions",
    vendor: "Form-Solutions GmbH",
    maturity: "2",
  });
  fixture.aidlingen = await publish(aidlingenAuthor, {
    title: `Elterngeld Lotse ${runId}`,
    municipalityAgs: AIDLINGEN,
    serviceIds: [ELTERNGELD],
    isOpenSource: true,
    maturity: "4",
    summary: "Begleitung durch den Elterngeldantrag.",
    body: "Der Lotse erklärt jeden Schritt.",
  });
  fixture.leipzig = await publish(leipzigAuthor, { title: `Wohnsitz ummelden ${runId}`, municipalityAgs: LEIPZIG, status: "in_progress", maturity: "1" });
  fixture.planned = await publish(fellbachAuthor, { title: `Gewerbeanzeige geplant ${runId}`, status: "planned", maturity: "0", goLiveDate: "" });
  fixture.draft = await publish(draftAuthor, { title: `Antrag im Entwurf ${runId}`, intent: "draft" });
});

describe("searchSolutions", () => {
  it("finds a solution by an inflected form of a title word (German stemming)", async () => {
    const result = await search({ q: "Anträge" });
    expect(slugsOf(result)).toContain(fixture.antrag.slug);
  });

  it("lists a title match before solutions that mention the word only in the body", async () => {
    // Every fixture body says "Der Antrag wurde bisher auf Papier gestellt."
    const slugs = slugsOf(await search({ q: `Anträge ${runId}` }));
    expect(slugs[0]).toBe(fixture.antrag.slug);
    expect(slugs).toContain(fixture.planned.slug);
  });

  it("finds a solution despite a typo in the title", async () => {
    const result = await search({ q: "Hundestuer" });
    expect(slugsOf(result)).toContain(fixture.hund.slug);
    expect(result.items.find((i) => i.slug === fixture.hund.slug)?.municipality).toEqual({ ags: FELLBACH, name: "Fellbach" });
  });

  it("finds a municipality's solutions by its misspelled name", async () => {
    const slugs = slugsOf(await search({ q: "Aidlingn" }));
    expect(slugs).toContain(fixture.aidlingen.slug);
    expect(slugs).not.toContain(fixture.hund.slug);
  });

  it("finds a municipality's solutions by a word of its name, in every sort", async () => {
    for (const sort of ["relevance", "newest", "reused"]) {
      const slugs = slugsOf(await search({ q: "Aidlingen", sort }));
      expect(slugs, sort).toContain(fixture.aidlingen.slug);
      expect(slugs, sort).not.toContain(fixture.leipzig.slug);
    }
  });

  it("corrects typos in the newest and most-reused sorts too", async () => {
    for (const sort of ["newest", "reused"]) {
      expect(slugsOf(await search({ q: "Hundestuer", sort })), sort).toContain(fixture.hund.slug);
      const town = slugsOf(await search({ q: "Aidlingn", sort }));
      expect(town, sort).toContain(fixture.aidlingen.slug);
      expect(town, sort).not.toContain(fixture.hund.slug);
    }
  });

  it("finds nothing for an unrelated word and survives a query of stop words only", async () => {
    expect((await search({ q: `Raumfahrtbehörde${runId}` })).total).toBe(0);
    // A word no solution has next to one they all have: partial matches, marked as such (issue 13).
    const partial = await search({ q: `Raumfahrtbehörde ${runId}` });
    expect(partial.explanation?.partial).toBe(true);
    expect(partial.total).toBe(5);
    expect((await search({ q: "der die das", ags: AIDLINGEN })).total).toBe(0);
  });

  it("never returns drafts", async () => {
    const all = await search({ q: runId });
    expect(slugsOf(all).sort()).toEqual(
      [fixture.antrag, fixture.hund, fixture.aidlingen, fixture.leipzig, fixture.planned].map((f) => f.slug).sort(),
    );
    expect(slugsOf(await search({ q: "Entwurf" }))).not.toContain(fixture.draft.slug);
    expect(slugsOf(await search({ sort: "newest" }))).not.toContain(fixture.draft.slug);
  });

  it("returns the list item shape with services, Themenfeld and reuse count", async () => {
    const result = await search({ q: runId, service: String(ELTERNGELD) });
    expect(result.items).toEqual([
      {
        slug: fixture.aidlingen.slug,
        title: `Elterngeld Lotse ${runId}`,
        summary: "Begleitung durch den Elterngeldantrag.",
        municipality: { ags: AIDLINGEN, name: "Aidlingen" },
        services: [{ id: ELTERNGELD, name: "Elterngeld" }],
        themenfeld: { id: 6, name: "Familie & Kind" },
        maturity: 4,
        status: "live",
        reuseCount: 0,
        helpfulCount: 0,
        updatedAt: expect.any(Date),
        publishedAt: expect.any(Date),
        // Never confirmed yet: the publication counts as the first confirmation.
        confirmedAt: result.items[0]?.publishedAt,
      },
    ]);
  });

  it.each([
    [{ service: String(PARKAUSWEISE) }, ["hund"]],
    [{ themenfeld: "6" }, ["aidlingen"]],
    [{ state: "14" }, ["leipzig"]],
    [{ district: "08115" }, ["aidlingen"]],
    [{ ags: FELLBACH }, ["antrag", "hund", "planned"]],
    [{ size: "5k-20k" }, ["aidlingen"]],
    [{ size: "20k-50k" }, ["antrag", "hund", "planned"]],
    [{ size: "gt100k" }, ["leipzig"]],
    [{ maturity: "0" }, ["planned"]],
    [{ maturity: "4" }, ["aidlingen"]],
    [{ status: "in_progress" }, ["leipzig"]],
    [{ software: "form-sol" }, ["hund"]],
    [{ openSource: "true" }, ["aidlingen"]],
    [{ openSource: "false", ags: FELLBACH, maturity: "2" }, ["hund"]],
  ] as const)("filters by %o", async (filter, expected) => {
    const result = await search({ q: runId, ...filter });
    expect(slugsOf(result).sort()).toEqual(expected.map((key) => fixture[key].slug).sort());
    expect(result.total).toBe(expected.length);
  });

  it("sorts by newest and by reuse count, and pages without overlap", async () => {
    const byNewest = slugsOf(await search({ q: runId, sort: "newest" }));
    expect(byNewest[0]).toBe(fixture.planned.slug);
    expect(byNewest.at(-1)).toBe(fixture.antrag.slug);

    const reuser1 = await newMember({ municipalityAgs: WAIBLINGEN });
    const reuser2 = await newMember({ municipalityAgs: LEIPZIG });
    await markReuse({ memberId: reuser1, slug: fixture.aidlingen.slug, status: "live" });
    await markReuse({ memberId: reuser2, slug: fixture.aidlingen.slug, status: "considering" });
    await markReuse({ memberId: reuser1, slug: fixture.hund.slug, status: "in_progress" });
    const byReuse = await search({ q: runId, sort: "reused" });
    expect(slugsOf(byReuse).slice(0, 2)).toEqual([fixture.aidlingen.slug, fixture.hund.slug]);
    expect(byReuse.items[0]?.reuseCount).toBe(2);

    const first = await search({ q: runId, sort: "newest", pageSize: "2", page: "1" });
    const third = await search({ q: runId, sort: "newest", pageSize: "2", page: "3" });
    expect(first.total).toBe(5);
    expect(slugsOf(first)).toEqual(byNewest.slice(0, 2));
    expect(slugsOf(third)).toEqual(byNewest.slice(4));
  });
});

describe("getSolutionBySlug", () => {
  it("shows a draft to its author, co-authors and moderators only", async () => {
    const slug = fixture.draft.slug;
    const coauthor = await newMember();
    await addCoauthor({ authorId: draftAuthor, slug, coauthorId: coauthor });
    const moderator = await newMember({ municipalityAgs: LEIPZIG, role: "moderator" });
    const stranger = await newMember();
    expect(await getSolutionBySlug(slug)).toBeNull();
    expect(await getSolutionBySlug(slug, await viewerOf(stranger))).toBeNull();
    expect(await getSolutionBySlug(slug, await viewerOf(draftAuthor))).toMatchObject({ slug, state: "draft", canEdit: true, canConfirm: true });
    expect(await getSolutionBySlug(slug, await viewerOf(coauthor))).toMatchObject({ slug, state: "draft", canEdit: true, canConfirm: true });
    expect(await getSolutionBySlug(slug, await viewerOf(moderator))).toMatchObject({ slug, state: "draft", canEdit: true, canConfirm: false });
  });

  it("tells a viewer whether they may edit a published solution", async () => {
    const stranger = await newMember();
    expect((await getSolutionBySlug(fixture.antrag.slug, await viewerOf(stranger)))?.canEdit).toBe(false);
    expect((await getSolutionBySlug(fixture.antrag.slug, await viewerOf(fellbachAuthor)))?.canEdit).toBe(true);
    expect((await getSolutionBySlug(fixture.antrag.slug))?.canEdit).toBe(false);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getSolutionBySlug("gibt-es-nicht")).toBeNull();
  });
});

describe("lists", () => {
  it("lists a municipality's published solutions and what it reuses", async () => {
    const ofFellbach = (await listSolutionsOfMunicipality(FELLBACH, 100)).items.map((s) => s.slug);
    expect(ofFellbach).toEqual(expect.arrayContaining([fixture.antrag.slug, fixture.hund.slug, fixture.planned.slug]));
    expect(ofFellbach).not.toContain(fixture.draft.slug);

    const reuser = await newMember({ municipalityAgs: "08118048" });
    await markReuse({ memberId: reuser, slug: fixture.leipzig.slug, status: "considering" });
    expect(await listReusesOfMunicipality("08118048")).toEqual([
      {
        solution: { slug: fixture.leipzig.slug, title: `Wohnsitz ummelden ${runId}`, municipality: { ags: LEIPZIG, name: "Leipzig" } },
        status: "considering",
        updatedAt: expect.any(Date),
      },
    ]);
  });

  it("lists the solutions for a service, most mature first", async () => {
    // All of them: on a shared test database other files publish Wohngeld solutions too.
    const slugs = (await listSolutionsForService(WOHNGELD, 10_000)).items.map((s) => s.slug);
    expect(slugs).toContain(fixture.planned.slug);
    expect(slugs.indexOf(fixture.antrag.slug)).toBeLessThan(slugs.indexOf(fixture.planned.slug));
    expect(slugs).not.toContain(fixture.hund.slug);
    expect(slugs).not.toContain(fixture.draft.slug);
  });

  it("shows a shelf of a municipality's or a service's solutions with the count of all of them", async () => {
    const shelf = await listSolutionsOfMunicipality(FELLBACH, 2);
    const all = await searchSolutions(solutionSearchInput.parse({ ags: FELLBACH, pageSize: "100" }));
    expect(shelf.items).toHaveLength(2);
    expect(shelf.total).toBe(all.total);
    expect(shelf.items.map((s) => s.slug)).toEqual(all.items.slice(0, 2).map((s) => s.slug));
    const forService = await listSolutionsForService(WOHNGELD, 1);
    expect(forService.items).toHaveLength(1);
    expect(forService.total).toBe((await searchSolutions(solutionSearchInput.parse({ service: String(WOHNGELD) }))).total);
  });

  it("names every municipality where a service runs live, once", async () => {
    // Flensburg appears in no other test: whether it is named depends only on what happens here.
    const FLENSBURG = "01001000";
    const inFlensburg = async () => (await listMunicipalitiesRunningService(WOHNGELD)).filter((m) => m.ags === FLENSBURG);
    const [first, second] = [await newMember({ municipalityAgs: FLENSBURG }), await newMember({ municipalityAgs: FLENSBURG })];
    await publish(first, { municipalityAgs: FLENSBURG, status: "in_progress", title: "Wohngeld in Arbeit (Flensburg)" });
    expect(await inFlensburg()).toEqual([]);
    await publish(first, { municipalityAgs: FLENSBURG, status: "live", title: "Wohngeld live (Flensburg)" });
    await publish(second, { municipalityAgs: FLENSBURG, status: "live", title: "Wohngeld auch live (Flensburg)" });
    expect(await inFlensburg()).toEqual([{ ags: FLENSBURG, name: "Flensburg" }]);
    expect((await listMunicipalitiesRunningService(WOHNGELD)).filter((m) => m.ags === FELLBACH)).toEqual([{ ags: FELLBACH, name: "Fellbach" }]);
  });

  it("lists solutions derived from another one", async () => {
    const copier = await newMember({ municipalityAgs: WAIBLINGEN });
    const derived = await publish(copier, { municipalityAgs: WAIBLINGEN, basedOnSlug: fixture.antrag.slug, title: `Wohngeld nach Fellbacher Vorbild ${runId}` });
    expect((await listDerivedSolutions(fixture.antrag.id)).map((s) => s.slug)).toEqual([derived.slug]);
  });

  it("counts published solutions and lists the newest and the most reused", async () => {
    const before = await countSolutions();
    const fresh = await publish(fellbachAuthor, { title: `Ganz neu ${runId}` });
    await publish(fellbachAuthor, { title: `Noch ein Entwurf ${runId}`, intent: "draft" });
    expect(await countSolutions()).toBe(before + 1);
    expect((await listNewestSolutions(3))[0]?.slug).toBe(fresh.slug);

    const reusers = await Promise.all([WAIBLINGEN, LEIPZIG, AIDLINGEN, "08221000", "08416041"].map((ags) => newMember({ municipalityAgs: ags })));
    for (const memberId of reusers) await markReuse({ memberId, slug: fresh.slug, status: "live" });
    const mostReused = await listMostReusedSolutions(5);
    expect(mostReused[0]).toMatchObject({ slug: fresh.slug, reuseCount: 5 });
    expect(mostReused.every((s) => s.reuseCount > 0)).toBe(true);
  });
});

describe("relevance ranking on a large match set", () => {
  it(`ranks only the newest ${RANKED_CANDIDATES} matches, lists older ones after them and caps the total`, async () => {
    // Unrelated to runId: trigram similarity to this file's other titles must stay low.
    const token = `massen${Math.random().toString(36).slice(2, 10)}`;
    const author = await newMember({ municipalityAgs: AIDLINGEN });
    const base = { municipalityAgs: AIDLINGEN, authorId: author, status: "live" as const, state: "published" as const, summary: "" };
    await db.insert(solutions).values([
      // Oldest of all, with the word in its title: relevant, but outside the ranked window.
      { ...base, slug: `${token}-alt`, title: `${token} Titeltreffer alt`, publishedAt: new Date("2000-01-01T00:00:00Z") },
      ...Array.from({ length: RANKED_CANDIDATES }, (_, i) => ({
        ...base,
        slug: `${token}-${i}`,
        title: `Massenlösung ${i}`,
        body: `Erwähnt ${token} nur im Text.`,
        publishedAt: new Date(Date.UTC(2001, 0, 1, 0, 0, i)),
      })),
      // Newest, with the word in its title: inside the window, so it comes first.
      { ...base, slug: `${token}-neu`, title: `${token} Titeltreffer neu`, publishedAt: new Date("2002-01-01T00:00:00Z") },
    ]);
    // Position k of the whole result: the title hit, the rest of the window newest first, then the
    // two matches beyond it.
    const slugAt = (k: number) => (k === 0 ? `${token}-neu` : k < RANKED_CANDIDATES ? `${token}-${RANKED_CANDIDATES - k}` : k === RANKED_CANDIDATES ? `${token}-0` : `${token}-alt`);
    try {
      const first = await search({ q: token });
      expect(first).toMatchObject({ total: RANKED_CANDIDATES, totalCapped: true });
      expect(first.items[0]?.slug).toBe(`${token}-neu`);
      expect(slugsOf(first)).not.toContain(`${token}-alt`);
      // The page offers a next page although the capped total alone would not.
      expect(pageLinks({ page: 1, pageSize: 100, total: first.total, hasMore: first.items.length === 100 })).toEqual({ previous: false, next: true, pages: "2+" });

      const lastPageNumber = Math.ceil((RANKED_CANDIDATES + 2) / 100);
      const lastPage = await search({ q: token, page: String(lastPageNumber) });
      expect(lastPage).toMatchObject({ total: RANKED_CANDIDATES, totalCapped: true });
      expect(lastPage.items.at(-1)?.slug).toBe(`${token}-alt`);
      expect(lastPage.items.length).toBeLessThan(100);
      expect(pageLinks({ page: lastPageNumber, pageSize: 100, total: lastPage.total, hasMore: false })).toEqual({ previous: true, next: false, pages: lastPageNumber });

      // A page across the window's edge: the last ranked candidates, then the older matches by date.
      const edge = Math.floor((RANKED_CANDIDATES - 1) / 3) * 3;
      const across = await search({ q: token, pageSize: "3", page: String(edge / 3 + 1) });
      expect(slugsOf(across)).toEqual([slugAt(edge), slugAt(edge + 1), slugAt(edge + 2)]);
      expect(slugsOf(across)).toContain(`${token}-1`);

      // Every match is reachable exactly once by paging.
      const all: string[] = [];
      for (let page = 1; page <= lastPageNumber; page++) all.push(...slugsOf(await search({ q: token, page: String(page) })));
      expect(all).toEqual(Array.from({ length: RANKED_CANDIDATES + 2 }, (_, k) => slugAt(k)));

      // With exactly as many matches as the window holds, and with fewer, the total is exact.
      await db.delete(solutions).where(inArray(solutions.slug, [`${token}-alt`, `${token}-neu`]));
      expect(await search({ q: token })).toMatchObject({ total: RANKED_CANDIDATES, totalCapped: false });
      await db.delete(solutions).where(eq(solutions.slug, `${token}-0`));
      expect(await search({ q: token })).toMatchObject({ total: RANKED_CANDIDATES - 1, totalCapped: false });
      // Other sorts count every match.
      expect(await search({ q: token, sort: "newest", pageSize: "1" })).toMatchObject({ total: RANKED_CANDIDATES - 1, totalCapped: false });
    } finally {
      await db.delete(solutions).where(like(solutions.slug, `${token}-%`));
    }
  });
});
