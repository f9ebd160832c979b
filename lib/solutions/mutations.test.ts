import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { solutionReuses, solutionRevisions, solutions } from "@/db/schema";
import { addCoauthor, confirmStillCurrent, createSolution, markReuse, removeCoauthor, updateSolution, withdrawReuse } from "./mutations";
import { getSolutionBySlug, listReusesOfSolution } from "./queries";
import { listRevisionChanges } from "./revisions";
import { slugify } from "./slug";
import { ELTERNGELD, FELLBACH, newMember, PARKAUSWEISE, runId, solutionFormInput, WAIBLINGEN, WOHNGELD, viewerOf } from "./test-fixtures";

async function publish(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}

async function solutionCount() {
  const [row] = await db.select({ n: count() }).from(solutions);
  return row!.n;
}

describe("createSolution", () => {
  it("publishes a solution with its services, tags and links and writes revision 1", async () => {
    const author = await newMember();
    const result = await publish(author, {
      title: `Parkausweis für Anwohner digital ${runId}`,
      serviceIds: [PARKAUSWEISE, WOHNGELD],
      isOpenSource: true,
      repositoryUrl: "https://gitlab.opencode.de/fellbach/parkausweis",
      costOneOffMin: "1000",
      costOneOffMax: "5000",
      effortPersonDays: "20",
    });
    expect(result.slug).toBe(`parkausweis-fuer-anwohner-digital-${runId.toLowerCase()}`);

    const solution = await getSolutionBySlug(result.slug);
    expect(solution).toMatchObject({
      state: "published",
      version: 1,
      municipality: { ags: FELLBACH, name: "Fellbach" },
      author: { id: author },
      serviceIds: [PARKAUSWEISE, WOHNGELD],
      tags: ["EfA", "Wohngeld"],
      links: [{ kind: "website", url: "https://www.fellbach.de/wohngeld", label: "Wohngeld in Fellbach" }],
      isOpenSource: true,
      costOneOffMin: 1000,
      costOneOffMax: 5000,
      costYearlyMin: null,
      effortPersonDays: 20,
      goLiveDate: "2024-03-01",
    });
    expect(solution?.services.map((s) => s.name)).toEqual(["Parkausweise und Zufahrtsberechtigungen", "Wohngeld"]);
    expect(solution?.publishedAt).toBeInstanceOf(Date);

    const revisions = await db
      .select({ version: solutionRevisions.version, editorId: solutionRevisions.editorId, snapshot: solutionRevisions.snapshot })
      .from(solutionRevisions)
      .where(eq(solutionRevisions.solutionId, result.id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, editorId: author });
    expect(revisions[0]?.snapshot).toMatchObject({ title: `Parkausweis für Anwohner digital ${runId}`, serviceIds: [PARKAUSWEISE, WOHNGELD], costOneOffMax: 5000 });
    // Stored as a JSON object, not as a JSON string holding one, so SQL can look inside it.
    const [stored] = await queryRows<{ type: string }>(
      sql`select jsonb_typeof(${solutionRevisions.snapshot}) as type from ${solutionRevisions} where ${solutionRevisions.solutionId} = ${result.id}`,
    );
    expect(stored?.type).toBe("object");
  });

  it("numbers the slug when the title is already taken", async () => {
    const author = await newMember();
    const title = `Gleicher Titel ${runId}`;
    const first = await publish(author, { title });
    const second = await publish(author, { title });
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("gives two solutions created at the same moment with the same title different slugs", async () => {
    const author = await newMember();
    const title = `Gleichzeitig angelegt ${runId}`;
    const [a, b] = await Promise.all([publish(author, { title }), publish(author, { title })]);
    expect([a.slug, b.slug].sort()).toEqual([slugify(title), `${slugify(title)}-2`]);
  });

  it("saves a draft without a revision and without a publication date", async () => {
    const author = await newMember();
    const result = await publish(author, { intent: "draft" });
    const solution = await getSolutionBySlug(result.slug, await viewerOf(author));
    expect(solution).toMatchObject({ state: "draft", publishedAt: null, canEdit: true });
    expect(await listRevisionChanges(result.slug, await viewerOf(author))).toEqual([]);
  });

  it("rejects an unknown service id and writes nothing", async () => {
    const author = await newMember();
    const before = await solutionCount();
    const result = await createSolution({ authorId: author, input: solutionFormInput({ serviceIds: [WOHNGELD, 99_999] }) });
    expect(result).toEqual({ ok: false, errors: { serviceIds: ["errors.solutions.serviceUnknown"] } });
    expect(await solutionCount()).toBe(before);
  });

  it("rejects a municipality that is not the member's own", async () => {
    const author = await newMember({ municipalityAgs: WAIBLINGEN });
    const result = await createSolution({ authorId: author, input: solutionFormInput({ municipalityAgs: FELLBACH }) });
    expect(result).toEqual({ ok: false, errors: { municipalityAgs: ["errors.solutions.municipalityNotYours"] } });
  });

  it("rejects an AGS that is not in the directory, and a member without a municipality", async () => {
    const author = await newMember();
    const unknown = await createSolution({ authorId: author, input: solutionFormInput({ municipalityAgs: "12345678" }) });
    expect(unknown).toEqual({ ok: false, errors: { municipalityAgs: ["errors.solutions.municipalityUnknown"] } });
    // Verified without a municipality: a member of an organisation (district, IT provider).
    const homeless = await newMember({ municipalityAgs: null, status: "verified" });
    const result = await createSolution({ authorId: homeless, input: solutionFormInput() });
    expect(result).toEqual({ ok: false, errors: { municipalityAgs: ["errors.solutions.municipalityNotYours"] } });
  });

  it("lets a moderator enter a solution for another municipality", async () => {
    const moderator = await newMember({ municipalityAgs: WAIBLINGEN, role: "moderator" });
    const result = await createSolution({ authorId: moderator, input: solutionFormInput({ municipalityAgs: FELLBACH }) });
    expect(result.ok).toBe(true);
  });

  it("refuses an unknown user", async () => {
    const result = await createSolution({ authorId: "no-such-user", input: solutionFormInput() });
    expect(result).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
  });

  it("links a solution to a published original and refuses an unknown or unpublished one", async () => {
    const author = await newMember();
    const original = await publish(author);
    const draft = await publish(author, { intent: "draft" });
    const copier = await newMember({ municipalityAgs: WAIBLINGEN });
    const derived = await publish(copier, { municipalityAgs: WAIBLINGEN, basedOnSlug: original.slug });
    expect((await getSolutionBySlug(derived.slug))?.basedOn).toEqual({
      slug: original.slug,
      title: `Wohngeld online beantragen ${runId}`,
      municipalityName: "Fellbach",
    });
    for (const basedOnSlug of ["gibt-es-nicht", draft.slug]) {
      const result = await createSolution({ authorId: copier, input: solutionFormInput({ municipalityAgs: WAIBLINGEN, basedOnSlug }) });
      expect(result).toEqual({ ok: false, errors: { basedOnSlug: ["errors.solutions.basedOnUnknown"] } });
    }
  });
});

describe("updateSolution", () => {
  it("saves an edit, replaces services, tags and links, bumps the version and writes a revision", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const result = await updateSolution({
      editorId: author,
      slug,
      input: solutionFormInput({
        title: `Elterngeld digital ${runId}`,
        serviceIds: [ELTERNGELD],
        tags: ["Familie"],
        links: [],
        maturity: "4",
        expectedVersion: "1",
      }),
    });
    expect(result).toEqual({ ok: true, slug, version: 2 });
    const solution = await getSolutionBySlug(slug);
    expect(solution).toMatchObject({ title: `Elterngeld digital ${runId}`, version: 2, maturity: 4, serviceIds: [ELTERNGELD], tags: ["Familie"], links: [] });
    // The slug stays, so that links shared earlier keep working.
    expect(solution?.slug).toBe(slug);
    const revisions = await listRevisionChanges(slug);
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
  });

  it("refuses a member who is neither author nor co-author and changes nothing", async () => {
    const author = await newMember();
    const stranger = await newMember();
    const { slug } = await publish(author);
    const result = await updateSolution({ editorId: stranger, slug, input: solutionFormInput({ title: "Gekapert durch Fremde", expectedVersion: 1 }) });
    expect(result).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
    expect((await getSolutionBySlug(slug))?.title).toBe(`Wohngeld online beantragen ${runId}`);
  });

  it("lets a co-author and a moderator edit", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const moderator = await newMember({ municipalityAgs: WAIBLINGEN, role: "moderator" });
    const { slug } = await publish(author);
    expect(await addCoauthor({ authorId: author, slug, coauthorId: coauthor })).toEqual({ ok: true });
    expect(await updateSolution({ editorId: coauthor, slug, input: solutionFormInput({ maturity: 2, expectedVersion: 1 }) })).toMatchObject({ ok: true, version: 2 });
    expect(await updateSolution({ editorId: moderator, slug, input: solutionFormInput({ maturity: 1, expectedVersion: 2 }) })).toMatchObject({ ok: true, version: 3 });
  });

  it("gives the second of two edits made on the same version a conflict with the current values", async () => {
    const author = await newMember({ name: "Erste Bearbeiterin" });
    const coauthor = await newMember();
    const { slug } = await publish(author);
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });

    const first = await updateSolution({ editorId: author, slug, input: solutionFormInput({ title: `Erste Fassung ${runId}`, expectedVersion: 1 }) });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const second = await updateSolution({ editorId: coauthor, slug, input: solutionFormInput({ title: `Zweite Fassung ${runId}`, expectedVersion: 1 }) });
    expect(second.ok).toBe(false);
    if (second.ok || !("conflict" in second)) throw new Error("expected a conflict");
    expect(second.errors).toEqual({ form: ["errors.solutions.conflict"] });
    expect(second.conflict.current).toMatchObject({ title: `Erste Fassung ${runId}`, version: 2, serviceIds: [WOHNGELD] });
    expect(second.conflict.changedBy).toEqual({ id: author, name: "Erste Bearbeiterin" });
    expect(second.conflict.changedAt).toBeInstanceOf(Date);
    expect((await getSolutionBySlug(slug))?.title).toBe(`Erste Fassung ${runId}`);
  });

  it("lets exactly one of two simultaneous edits on the same version win", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const { slug } = await publish(author);
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });
    const results = await Promise.all([
      updateSolution({ editorId: author, slug, input: solutionFormInput({ title: `Gleichzeitig A ${runId}`, expectedVersion: 1 }) }),
      updateSolution({ editorId: coauthor, slug, input: solutionFormInput({ title: `Gleichzeitig B ${runId}`, expectedVersion: 1 }) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && "conflict" in r)).toHaveLength(1);
    const solution = await getSolutionBySlug(slug);
    expect(solution?.version).toBe(2);
    expect((await listRevisionChanges(slug)).map((r) => r.version)).toEqual([2, 1]);
  });

  it("requires the version the edit started from", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    expect(await updateSolution({ editorId: author, slug, input: solutionFormInput() })).toEqual({
      ok: false,
      errors: { expectedVersion: ["errors.solutions.versionRequired"] },
    });
  });

  it("checks services, municipality and the original on edits too", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const result = await updateSolution({
      editorId: author,
      slug,
      input: solutionFormInput({ serviceIds: [99_998], municipalityAgs: WAIBLINGEN, basedOnSlug: slug, expectedVersion: 1 }),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        serviceIds: ["errors.solutions.serviceUnknown"],
        municipalityAgs: ["errors.solutions.municipalityNotYours"],
        basedOnSlug: ["errors.solutions.basedOnSelf"],
      },
    });
  });

  it("withdraws a published solution saved as draft and keeps the first publication date", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const publishedAt = (await getSolutionBySlug(slug))?.publishedAt;
    expect(await updateSolution({ editorId: author, slug, input: solutionFormInput({ intent: "draft", expectedVersion: 1 }) })).toMatchObject({ ok: true });
    expect(await getSolutionBySlug(slug)).toBeNull();
    expect((await listRevisionChanges(slug, await viewerOf(author))).map((r) => r.version)).toEqual([1]);
    await updateSolution({ editorId: author, slug, input: solutionFormInput({ intent: "publish", expectedVersion: 2 }) });
    const republished = await getSolutionBySlug(slug);
    expect(republished?.publishedAt).toEqual(publishedAt);
    expect((await listRevisionChanges(slug)).map((r) => r.version)).toEqual([3, 1]);
  });

  it("reports an unknown slug", async () => {
    const author = await newMember();
    expect(await updateSolution({ editorId: author, slug: "gibt-es-nicht", input: solutionFormInput({ expectedVersion: 1 }) })).toEqual({
      ok: false,
      errors: { form: ["errors.solutions.notFound"] },
    });
  });
});

describe("markReuse", () => {
  it("records one reuse per municipality and updates its status", async () => {
    const author = await newMember();
    const { id, slug } = await publish(author);
    const waiblingen1 = await newMember({ municipalityAgs: WAIBLINGEN });
    const waiblingen2 = await newMember({ municipalityAgs: WAIBLINGEN });
    expect(await markReuse({ memberId: waiblingen1, slug, status: "considering" })).toEqual({ ok: true });
    expect(await markReuse({ memberId: waiblingen2, slug, status: "live" })).toEqual({ ok: true });
    const reuses = await listReusesOfSolution(id);
    expect(reuses).toEqual([expect.objectContaining({ municipality: { ags: WAIBLINGEN, name: "Waiblingen" }, status: "live", member: expect.objectContaining({ id: waiblingen2 }) })]);
    const [row] = await db.select({ n: count() }).from(solutionReuses).where(eq(solutionReuses.solutionId, id));
    expect(row?.n).toBe(1);
  });

  it("refuses the solution's own municipality, drafts and members without a municipality", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const draft = await publish(author, { intent: "draft" });
    const colleague = await newMember();
    expect(await markReuse({ memberId: colleague, slug, status: "live" })).toEqual({ ok: false, errors: { form: ["errors.solutions.reuseOwnSolution"] } });
    const other = await newMember({ municipalityAgs: WAIBLINGEN });
    expect(await markReuse({ memberId: other, slug: draft.slug, status: "live" })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
    const homeless = await newMember({ municipalityAgs: null, status: "verified" });
    expect(await markReuse({ memberId: homeless, slug, status: "live" })).toEqual({ ok: false, errors: { form: ["errors.solutions.reuseNeedsMunicipality"] } });
  });
});

describe("withdrawReuse", () => {
  it("lets any member of the reusing municipality take the mark back, once", async () => {
    const author = await newMember();
    const { id, slug } = await publish(author);
    const marker = await newMember({ municipalityAgs: WAIBLINGEN });
    const colleague = await newMember({ municipalityAgs: WAIBLINGEN });
    await markReuse({ memberId: marker, slug, status: "live" });
    expect(await withdrawReuse({ memberId: colleague, slug })).toEqual({ ok: true });
    expect(await listReusesOfSolution(id)).toEqual([]);
    expect(await withdrawReuse({ memberId: colleague, slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.reuseNotMarked"] } });
  });

  it("leaves other municipalities' marks alone", async () => {
    const author = await newMember();
    const { id, slug } = await publish(author);
    await markReuse({ memberId: await newMember({ municipalityAgs: WAIBLINGEN }), slug, status: "considering" });
    const elsewhere = await newMember({ municipalityAgs: "08115001" });
    expect(await withdrawReuse({ memberId: elsewhere, slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.reuseNotMarked"] } });
    expect(await withdrawReuse({ memberId: await newMember({ municipalityAgs: null }), slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.reuseNotMarked"] } });
    expect((await listReusesOfSolution(id)).map((r) => r.municipality.ags)).toEqual([WAIBLINGEN]);
  });
});

describe("confirmStillCurrent", () => {
  it("lets the author and co-authors confirm without changing the version", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const { slug } = await publish(author);
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });
    const result = await confirmStillCurrent({ memberId: coauthor, slug });
    expect(result.ok).toBe(true);
    const solution = await getSolutionBySlug(slug);
    expect(solution?.confirmedAt).toBeInstanceOf(Date);
    expect(solution?.version).toBe(1);
    expect((await confirmStillCurrent({ memberId: author, slug })).ok).toBe(true);
  });

  it("refuses moderators and other members", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const moderator = await newMember({ role: "moderator" });
    expect(await confirmStillCurrent({ memberId: moderator, slug })).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
    expect(await confirmStillCurrent({ memberId: moderator, slug: "gibt-es-nicht" })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
    expect((await getSolutionBySlug(slug))?.confirmedAt).toBeNull();
  });
});

describe("addCoauthor", () => {
  it("adds a colleague once and lists them on the solution", async () => {
    const author = await newMember();
    const colleague = await newMember({ name: "Kollegin Fellbach" });
    const { slug } = await publish(author);
    expect(await addCoauthor({ authorId: author, slug, coauthorId: colleague })).toEqual({ ok: true });
    expect(await addCoauthor({ authorId: author, slug, coauthorId: colleague })).toEqual({ ok: true });
    expect((await getSolutionBySlug(slug))?.coauthors).toEqual([{ id: colleague, name: "Kollegin Fellbach" }]);
  });

  it("refuses members of other municipalities, the author, unknown users and non-authors", async () => {
    const author = await newMember();
    const { slug } = await publish(author);
    const outsider = await newMember({ municipalityAgs: WAIBLINGEN });
    expect(await addCoauthor({ authorId: author, slug, coauthorId: outsider })).toEqual({ ok: false, errors: { coauthorId: ["errors.solutions.coauthorOtherMunicipality"] } });
    expect(await addCoauthor({ authorId: author, slug, coauthorId: author })).toEqual({ ok: false, errors: { coauthorId: ["errors.solutions.coauthorIsAuthor"] } });
    expect(await addCoauthor({ authorId: author, slug, coauthorId: "no-such-user" })).toEqual({ ok: false, errors: { coauthorId: ["errors.solutions.coauthorUnknown"] } });
    const colleague = await newMember();
    const coauthor = await newMember();
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });
    // Co-authors may edit, but only the author decides who else writes.
    expect(await addCoauthor({ authorId: coauthor, slug, coauthorId: colleague })).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
  });
});

describe("removeCoauthor", () => {
  it("lets the author remove a co-author, who can then no longer edit", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const { slug } = await publish(author);
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });
    expect((await getSolutionBySlug(slug, await viewerOf(coauthor)))?.canEdit).toBe(true);
    expect(await removeCoauthor({ authorId: author, slug, coauthorId: coauthor })).toEqual({ ok: true });
    expect((await getSolutionBySlug(slug))?.coauthors).toEqual([]);
    expect((await getSolutionBySlug(slug, await viewerOf(coauthor)))?.canEdit).toBe(false);
    expect(await removeCoauthor({ authorId: author, slug, coauthorId: coauthor })).toEqual({ ok: false, errors: { form: ["errors.solutions.coauthorNotListed"] } });
  });

  it("refuses everyone but the author, co-authors included", async () => {
    const author = await newMember();
    const coauthor = await newMember();
    const other = await newMember();
    const { slug } = await publish(author);
    await addCoauthor({ authorId: author, slug, coauthorId: coauthor });
    await addCoauthor({ authorId: author, slug, coauthorId: other });
    expect(await removeCoauthor({ authorId: coauthor, slug, coauthorId: other })).toEqual({ ok: false, errors: { form: ["errors.solutions.notAllowed"] } });
    expect(await removeCoauthor({ authorId: author, slug: "gibt-es-nicht", coauthorId: other })).toEqual({ ok: false, errors: { form: ["errors.solutions.notFound"] } });
    expect((await getSolutionBySlug(slug))?.coauthors.map((c) => c.id).sort()).toEqual([coauthor, other].sort());
  });
});

describe("visibility through publish, edit and revisions", () => {
  it("stores the visibility and the members-only field groups and keeps them in every revision", async () => {
    const author = await newMember();
    const created = await publish(author, { visibility: "network", membersOnlyFields: ["costs", "contact"], costOneOffMax: "5000" });
    const solution = await getSolutionBySlug(created.slug, await viewerOf(author));
    expect(solution).toMatchObject({ visibility: "network", membersOnlyFields: ["costs", "contact"] });

    const edited = await updateSolution({
      editorId: author,
      slug: created.slug,
      input: solutionFormInput({ visibility: "public", membersOnlyFields: ["effort"], expectedVersion: "1" }),
    });
    expect(edited.ok).toBe(true);
    const revisions = await db
      .select({ version: solutionRevisions.version, snapshot: solutionRevisions.snapshot })
      .from(solutionRevisions)
      .where(eq(solutionRevisions.solutionId, created.id))
      .orderBy(solutionRevisions.version);
    expect(revisions.map((r) => [r.version, r.snapshot.visibility, r.snapshot.membersOnlyFields])).toEqual([
      [1, "network", ["costs", "contact"]],
      [2, "public", ["effort"]],
    ]);
    const changes = await listRevisionChanges(created.slug, await viewerOf(author));
    expect(changes[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: "visibility", before: "network", after: "public" },
        { field: "membersOnlyFields", before: "costs, contact", after: "effort" },
      ]),
    );
  });
});
