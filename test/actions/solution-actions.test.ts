import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { solutionCoauthors, solutionReuses, solutions } from "@/db/schema";
import { addCoauthor, createSolution, markReuse } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// The only stand-ins: who is signed in (Auth.js reads cookies that do not exist outside a request)
// and the two Next.js request-scoped helpers. Everything else, the database above all, is real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { createSolutionAction, markReuseAction, removeCoauthorAction, updateSolutionAction, withdrawReuseAction } = await import("@/lib/solutions/actions");

const validForm = (overrides: Record<string, string | string[]> = {}) =>
  form({
    title: `Wohngeld digital ${runId}`,
    summary: "Der Wohngeldantrag läuft komplett online.",
    body: "## Umsetzung\n\nOnline.",
    serviceIds: [String(WOHNGELD)],
    municipalityAgs: FELLBACH,
    status: "live",
    maturity: "3",
    intent: "publish",
    ...overrides,
  });

describe("solution server actions", () => {
  beforeEach(() => {
    session.userId = null;
  });

  it("sends a signed-out caller to sign-in and stores nothing", async () => {
    const before = await db.$count(solutions);
    expect(await redirectTarget(createSolutionAction(empty, validForm()))).toMatch(/^\/signin\?callbackUrl=/);
    expect(await db.$count(solutions)).toBe(before);
  });

  it("publishes for a member and redirects to the new solution, which then says so", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const target = await redirectTarget(createSolutionAction(empty, validForm({ title: `Wohngeld direkt ${runId}` })));
    expect(target).toMatch(/^\/solutions\/wohngeld-direkt-[^?]+\?saved=published$/);
    const draft = await redirectTarget(createSolutionAction(empty, validForm({ title: `Wohngeld Entwurf ${runId}`, intent: "draft" })));
    expect(draft).toMatch(/^\/solutions\/wohngeld-entwurf-[^?]+\?saved=draft$/);
  });

  it("keeps every typed value and names the field for an empty title, a 200 kB body and an unknown service", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const hugeBody = "x".repeat(200_000);
    const state = await createSolutionAction(empty, validForm({ title: "", body: hugeBody }));
    expect(state.errors.title).toEqual(["errors.solutions.titleTooShort"]);
    expect(state.errors.body).toEqual(["errors.solutions.bodyTooLong"]);
    expect(state.values.body).toBe(hugeBody);
    expect(state.values.summary).toBe("Der Wohngeldantrag läuft komplett online.");
    // The picker shows the chosen services by name again.
    expect(JSON.parse(state.values.servicesJson!)).toEqual([{ id: WOHNGELD, name: "Wohngeld" }]);
    const unknown = await createSolutionAction(empty, validForm({ serviceIds: ["99999"] }));
    expect(unknown.errors.serviceIds).toEqual(["errors.solutions.serviceUnknown"]);
  });

  it("refuses a forged municipality from a plain member", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const state = await createSolutionAction(empty, validForm({ municipalityAgs: WAIBLINGEN, title: `Fremd ${runId}` }));
    expect(state.errors.municipalityAgs).toEqual(["errors.solutions.municipalityNotYours"]);
    expect(await db.$count(solutions, eq(solutions.title, `Fremd ${runId}`))).toBe(0);
  });

  it("lets only the author change a solution; another member's save changes nothing", async () => {
    const authorId = await newMember({ municipalityAgs: FELLBACH });
    const created = await createSolution({ authorId, input: solutionFormInput({ title: `Eigentum ${runId}` }) });
    if (!created.ok) throw new Error("setup failed");

    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const refused = await updateSolutionAction(created.slug, empty, validForm({ title: `Übernommen ${runId}`, expectedVersion: "1" }));
    expect(refused.errors.form?.[0]).toMatch(/errors\.solutions\.(notAllowed|notFound)/);
    const [row] = await db.select({ title: solutions.title }).from(solutions).where(eq(solutions.id, created.id));
    expect(row?.title).toBe(`Eigentum ${runId}`);

    session.userId = authorId;
    // The solution page then says "Gespeichert: Version 2".
    expect(await redirectTarget(updateSolutionAction(created.slug, empty, validForm({ title: `Eigentum neu ${runId}`, expectedVersion: "1" })))).toBe(
      `/solutions/${created.slug}?saved=2`,
    );
  });

  it("records a reuse for the member's own municipality only, and not for the authors' municipality", async () => {
    const authorId = await newMember({ municipalityAgs: FELLBACH });
    const created = await createSolution({ authorId, input: solutionFormInput({ title: `Nachnutzbar ${runId}` }) });
    if (!created.ok) throw new Error("setup failed");

    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const own = await markReuseAction(created.slug, empty, form({ status: "live" }));
    expect(own.errors.form ?? own.errors.status ?? Object.values(own.errors).flat()).toContain("errors.solutions.reuseOwnSolution");

    session.userId = await newMember({ municipalityAgs: WAIBLINGEN });
    const bad = await markReuseAction(created.slug, empty, form({ status: "maybe" }));
    expect(bad.errors.status).toEqual(["errors.solutions.reuseStatusInvalid"]);
    const ok = await markReuseAction(created.slug, empty, form({ status: "in_progress" }));
    expect(ok.message).toBe("solutions.detail.reuseSaved");
    const [reuse] = await db.select({ ags: solutionReuses.municipalityAgs, status: solutionReuses.status }).from(solutionReuses).where(eq(solutionReuses.solutionId, created.id));
    expect(reuse).toEqual({ ags: WAIBLINGEN, status: "in_progress" });
  });

  it("withdraws a reuse only for a signed-in member of the reusing municipality", async () => {
    const authorId = await newMember({ municipalityAgs: FELLBACH });
    const created = await createSolution({ authorId, input: solutionFormInput({ title: `Zurückgezogen ${runId}` }) });
    if (!created.ok) throw new Error("setup failed");
    await markReuse({ memberId: await newMember({ municipalityAgs: WAIBLINGEN }), slug: created.slug, status: "live" });
    const reuses = () => db.$count(solutionReuses, eq(solutionReuses.solutionId, created.id));

    expect(await redirectTarget(withdrawReuseAction(created.slug, empty, form({})))).toMatch(/^\/signin\?callbackUrl=/);
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    expect((await withdrawReuseAction(created.slug, empty, form({ confirmed: "yes" }))).errors.form).toEqual(["errors.solutions.reuseNotMarked"]);
    expect(await reuses()).toBe(1);

    session.userId = await newMember({ municipalityAgs: WAIBLINGEN });
    // Withdrawing cannot be undone: without an explicit "yes" the action only asks.
    expect(await withdrawReuseAction(created.slug, empty, form({}))).toEqual({ values: { confirmed: "ask" }, errors: {} });
    expect(await withdrawReuseAction(created.slug, empty, form({ confirmed: "no" }))).toEqual(empty);
    expect(await reuses()).toBe(1);
    expect(await withdrawReuseAction(created.slug, empty, form({ confirmed: "yes" }))).toEqual(empty);
    expect(await reuses()).toBe(0);
  });

  it("removes a co-author for the author only, and checks the id it is given", async () => {
    const authorId = await newMember({ municipalityAgs: FELLBACH });
    const coauthorId = await newMember({ municipalityAgs: FELLBACH });
    const created = await createSolution({ authorId, input: solutionFormInput({ title: `Mitautorin ${runId}` }) });
    if (!created.ok) throw new Error("setup failed");
    await addCoauthor({ authorId, slug: created.slug, coauthorId });
    const coauthors = () => db.$count(solutionCoauthors, eq(solutionCoauthors.solutionId, created.id));

    expect(await redirectTarget(removeCoauthorAction(created.slug, empty, form({ coauthorId })))).toMatch(/^\/signin\?callbackUrl=/);
    session.userId = coauthorId;
    expect((await removeCoauthorAction(created.slug, empty, form({ coauthorId, confirmed: "yes" }))).errors.form).toEqual(["errors.solutions.notAllowed"]);
    session.userId = authorId;
    expect((await removeCoauthorAction(created.slug, empty, form({ coauthorId: "<script>" }))).errors.form).toEqual(["errors.solutions.coauthorNotListed"]);
    expect(await removeCoauthorAction(created.slug, empty, form({ coauthorId }))).toEqual({ values: { confirmed: "ask" }, errors: {} });
    expect(await coauthors()).toBe(1);
    expect(await removeCoauthorAction(created.slug, empty, form({ coauthorId, confirmed: "yes" }))).toEqual(empty);
    expect(await coauthors()).toBe(0);
  });

  it("stores German amounts as typed: 2.000 € is two thousand euros, 1.500,50 is refused with its message", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const title = `Hundesteuer digital ${runId}`;
    const target = await redirectTarget(
      createSolutionAction(empty, validForm({ title, costOneOffMin: "2.000", costOneOffMax: "4.500 €", costYearlyMin: "2000", costYearlyMax: "2.000 €", effortPersonDays: "1.500" })),
    );
    const [row] = await db
      .select({ a: solutions.costOneOffMin, b: solutions.costOneOffMax, c: solutions.costYearlyMin, d: solutions.costYearlyMax, e: solutions.effortPersonDays })
      .from(solutions)
      .where(eq(solutions.slug, new URL(target, "http://localhost").pathname.split("/").pop()!));
    expect(row).toEqual({ a: 2000, b: 4500, c: 2000, d: 2000, e: 1500 });

    const before = await db.$count(solutions);
    const refused = await createSolutionAction(empty, validForm({ title: `${title} 2`, costOneOffMin: "1.500,50", effortPersonDays: "12,5" }));
    expect(refused.errors.costOneOffMin).toEqual(["errors.input.amountFraction"]);
    expect(refused.errors.effortPersonDays).toEqual(["errors.input.effortFraction"]);
    expect(refused.values.costOneOffMin).toBe("1.500,50");
    expect(await db.$count(solutions)).toBe(before);
  });
});
