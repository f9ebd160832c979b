import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getSolutionRoute } from "@/app/api/v1/solutions/[slug]/route";
import { GET as listSolutionsRoute } from "@/app/api/v1/solutions/route";
import { GET as getCommentsRoute } from "@/app/api/v1/solutions/[slug]/comments/route";
import { db } from "@/db/client";
import { comments, solutions } from "@/db/schema";
import { createComment } from "@/lib/discussion/mutations";
import { listComments } from "@/lib/discussion/queries";
import { searchComments } from "@/lib/discussion/search-queries";
import { getMemberProfile } from "@/lib/members/queries";
import { buildActivityFeed } from "@/lib/activity/feed";
import { activityFilterInput } from "@/lib/activity/schema";
import { publicSitemap } from "@/lib/seo/sitemap";
import { createSolution, updateSolution } from "@/lib/solutions/mutations";
import { getSolutionBySlug, listSolutionsOfMunicipality } from "@/lib/solutions/queries";
import { listRevisionChanges } from "@/lib/solutions/revisions";
import { solutionSearchInput } from "@/lib/solutions/schema";
import { searchSolutions } from "@/lib/search/solution-queries";
import { newMember, runId, solutionFormInput, viewerOf } from "@/lib/solutions/test-fixtures";
import type { Viewer } from "@/lib/visibility/rules";

/**
 * issue 12.5, "the same rule in one place, tested everywhere": one network solution and one public
 * solution whose costs and contact are members-only, read through every surface by every kind of
 * viewer. Nothing of the hidden parts — the network solution's title, the contact's name and
 * address, the cost figure — may appear in what a viewer who may not see them gets.
 */

// A place of its own (on a server run other test files share the database): Tübingen.
const TUEBINGEN = "08416041";
const secret = {
  networkTitle: `Netzwerkgeheimnis Sichtbarkeit ${runId}`,
  contactName: `Vera Vertraulich ${runId}`,
  contactEmail: `vera.vertraulich.${runId.toLowerCase()}@tuebingen.de`,
  cost: "734519",
  hiddenHidden: `Ausgeblendet Sichtbarkeit ${runId}`,
};

const commentWord = `kommentarsuche${runId}`;
let network: string;
let open: string;
let hidden: string;
const viewers: Record<"anonymous" | "pending" | "verified" | "moderator", Viewer> = { anonymous: null, pending: null, verified: null, moderator: null };

async function publish(authorId: string, overrides: Record<string, unknown>) {
  const result = await createSolution({
    authorId,
    input: solutionFormInput({ municipalityAgs: TUEBINGEN, software: `Sichtbar ${runId}`, contactPhone: "07071 204-1234", ...overrides }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.slug;
}

beforeAll(async () => {
  const author = await newMember({ municipalityAgs: TUEBINGEN });
  network = await publish(author, {
    title: secret.networkTitle,
    visibility: "network",
    contactName: secret.contactName,
    contactEmail: secret.contactEmail,
    costOneOffMax: secret.cost,
  });
  open = await publish(author, {
    title: `Öffentlich Sichtbarkeit ${runId}`,
    visibility: "public",
    membersOnlyFields: ["costs", "contact"],
    contactName: secret.contactName,
    contactEmail: secret.contactEmail,
    costOneOffMax: secret.cost,
    vendor: `Offener Anbieter ${runId}`,
  });
  // A second version, so the history has a diff in which the hidden fields changed.
  const edited = await updateSolution({
    editorId: author,
    slug: open,
    input: solutionFormInput({
      municipalityAgs: TUEBINGEN,
      software: `Sichtbar ${runId}`,
      title: `Öffentlich Sichtbarkeit ${runId}`,
      visibility: "public",
      membersOnlyFields: ["costs", "contact"],
      contactName: `${secret.contactName} (neu)`,
      contactEmail: secret.contactEmail,
      costOneOffMax: String(Number(secret.cost) + 1),
      vendor: `Offener Anbieter ${runId}`,
      expectedVersion: 1,
    }),
  });
  if (!edited.ok) throw new Error(JSON.stringify(edited));
  hidden = await publish(author, { title: secret.hiddenHidden });
  // A comment on each, found by the comments group of /search.
  for (const slug of [network, open, hidden]) {
    const [row] = await db.select({ id: solutions.id }).from(solutions).where(eq(solutions.slug, slug));
    const made = await createComment({ authorId: author, subject: { solutionId: row!.id }, body: `Frage zur Umsetzung ${commentWord}` });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
  }
  await db.update(solutions).set({ hiddenAt: new Date(), hiddenNote: "test" }).where(eq(solutions.slug, hidden));

  viewers.pending = await viewerOf(await newMember({ municipalityAgs: TUEBINGEN, status: "pending" }));
  viewers.verified = await viewerOf(await newMember({ municipalityAgs: "08119020" }));
  viewers.moderator = await viewerOf(await newMember({ municipalityAgs: "08119020", role: "moderator" }));
});

const request = (path: string) => new Request(`http://localhost${path}`);
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

// What each surface shows a viewer, as one text: the slugs it lists and every field it gives.
type Surface = (viewer: Viewer) => Promise<string>;
const surfaces: Record<string, Surface> = {
  "list query (municipality page)": async (viewer) => JSON.stringify(await listSolutionsOfMunicipality(TUEBINGEN, 500, viewer)),
  "comment search": async (viewer) => JSON.stringify(await searchComments(commentWord, viewer)),
  search: async (viewer) => JSON.stringify(await searchSolutions(solutionSearchInput.parse({ software: `Sichtbar ${runId}`, pageSize: "100" }), viewer)),
  "detail loader": async (viewer) => JSON.stringify([await getSolutionBySlug(network, viewer), await getSolutionBySlug(open, viewer), await getSolutionBySlug(hidden, viewer)]),
  // The history names no slug: the open solution's two versions stand for it.
  revisions: async (viewer) => {
    const [ofNetwork, ofOpen, ofHidden] = await Promise.all([listRevisionChanges(network, viewer), listRevisionChanges(open, viewer), listRevisionChanges(hidden, viewer)]);
    return JSON.stringify({ network: ofNetwork.length > 0 ? network : null, open: ofOpen.length === 2 ? open : null, hidden: ofHidden.length > 0 ? secret.hiddenHidden : null, ofOpen });
  },
};
// The public surfaces answer everyone as the anonymous viewer, whoever asks.
const publicSurfaces: Record<string, () => Promise<string>> = {
  "API list": async () => (await listSolutionsRoute(request(`/api/v1/solutions?software=${encodeURIComponent(`Sichtbar ${runId}`)}&pageSize=100`))).text(),
  "API detail": async () =>
    (
      await Promise.all(
        [network, open, hidden].map(async (slug) => {
          const response = await getSolutionRoute(request(`/api/v1/solutions/${slug}`), ctx(slug));
          // A 404 only echoes the slug asked for (and reads like an unknown one, tested below).
          return response.status === 404 ? "404" : `${response.status} ${await response.text()}`;
        }),
      )
    ).join("\n"),
  "API comments": async () => (await Promise.all([network, hidden].map(async (slug) => String((await getCommentsRoute(request(`/api/v1/solutions/${slug}/comments`), ctx(slug))).status)))).join(","),
  "Atom feed": async () => buildActivityFeed(activityFilterInput.parse({})),
  sitemap: async () => JSON.stringify(await publicSitemap()),
};

function expectNothingHidden(text: string) {
  expect(text).not.toContain(secret.networkTitle);
  expect(text).not.toContain(network);
  expect(text).not.toContain(secret.hiddenHidden);
  expect(text).not.toContain(secret.contactName);
  expect(text).not.toContain(secret.contactEmail);
  // As a number of its own: the sitemap's AGS codes are digits too.
  expect(text).not.toMatch(new RegExp(`(?<![0-9])${secret.cost}(?![0-9])`));
  expect(text).not.toContain("204-1234");
}

describe("visibility everywhere", () => {
  for (const [name, read] of Object.entries(surfaces)) {
    it(`${name}: anonymous and pending viewers get the public solution without its members-only fields, and nothing of the network one`, async () => {
      for (const viewer of [viewers.anonymous, viewers.pending]) {
        const text = await read(viewer);
        expect(text).toContain(open);
        expectNothingHidden(text);
      }
    });

    it(`${name}: a verified member sees the network solution and every field, but not the hidden one`, async () => {
      const text = await read(viewers.verified);
      expect(text).toContain(open);
      expect(text).toContain(network);
      if (name === "detail loader" || name === "revisions") {
        expect(text).toContain(secret.contactName);
        expect(text).toContain(secret.cost);
      }
      if (name === "detail loader") expect(text).toContain(secret.contactEmail);
      expect(text).not.toContain(secret.hiddenHidden);
    });
  }

  it("lets a moderator open the hidden solution and its history", async () => {
    expect(await getSolutionBySlug(hidden, viewers.moderator)).toMatchObject({ slug: hidden });
    expect(await getSolutionBySlug(hidden, viewers.verified)).toBeNull();
    expect((await listRevisionChanges(hidden, viewers.moderator)).length).toBe(1);
  });

  it("lets the hidden solution's own author open it with the moderator's note (the banner), and lists it on nobody's profile", async () => {
    const [row] = await db.select({ authorId: solutions.authorId }).from(solutions).where(eq(solutions.slug, hidden));
    const author = await viewerOf(row!.authorId!);
    expect(await getSolutionBySlug(hidden, author)).toMatchObject({ slug: hidden, hiddenNote: "test" });
    expect(await getSolutionBySlug(hidden, viewers.pending)).toBeNull();
    for (const viewer of [viewers.anonymous, viewers.pending, viewers.verified]) {
      expect(JSON.stringify(await getMemberProfile(row!.authorId!, viewer))).not.toContain(secret.hiddenHidden);
    }
    expect(JSON.stringify(await getMemberProfile(row!.authorId!, viewers.anonymous))).not.toContain(secret.networkTitle);
  });

  it("a hidden comment keeps its place in the API and on the page without its text, except for its author and moderators", async () => {
    const [solution] = await db.select({ id: solutions.id, authorId: solutions.authorId }).from(solutions).where(eq(solutions.slug, open));
    const text = `Ausgeblendeter Beitrag ${runId}`;
    const created = await createComment({ authorId: solution!.authorId!, subject: { solutionId: solution!.id }, body: text });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    await db.update(comments).set({ hiddenAt: new Date(), hiddenNote: "test" }).where(eq(comments.id, created.comment.id));
    const api = await (await getCommentsRoute(request(`/api/v1/solutions/${open}/comments`), ctx(open))).text();
    expect(api).toContain(created.comment.id);
    expect(api).not.toContain(text);
    const page = (viewer: { id: string; moderator: boolean } | null) => listComments({ solutionId: solution!.id }, viewer);
    expect(JSON.stringify(await page(null))).not.toContain(text);
    expect(JSON.stringify(await page({ id: viewers.verified!.id, moderator: false }))).not.toContain(text);
    expect(JSON.stringify(await page({ id: viewers.moderator!.id, moderator: true }))).toContain(text);
    expect(JSON.stringify(await page({ id: solution!.authorId!, moderator: false }))).toContain(text);
  });

  it("answers a network solution's slug like an unknown one in the detail loader", async () => {
    for (const viewer of [viewers.anonymous, viewers.pending]) {
      expect(await getSolutionBySlug(network, viewer)).toBeNull();
      expect(await getSolutionBySlug(`gibt-es-nicht-${runId}`, viewer)).toBeNull();
      expect(await listRevisionChanges(network, viewer)).toEqual([]);
    }
  });

  it("names the members-only field groups it left out, for the note on the page", async () => {
    expect(await getSolutionBySlug(open, viewers.anonymous)).toMatchObject({ hiddenFields: ["costs", "contact"], contactName: null, costOneOffMax: null, vendor: `Offener Anbieter ${runId}` });
    expect(await getSolutionBySlug(open, viewers.verified)).toMatchObject({ hiddenFields: [], contactName: `${secret.contactName} (neu)` });
  });

  for (const [name, read] of Object.entries(publicSurfaces)) {
    it(`${name}: shows the public solution without members-only fields, and nothing of the network or hidden one`, async () => {
      const text = await read();
      if (name === "API comments") expect(text).toBe("404,404");
      else expect(text).toContain(open);
      expectNothingHidden(text);
    });
  }

  it("API detail: a network solution answers 404 exactly like an unknown slug, a public one says which groups are members-only", async () => {
    const unknown = `gibt-es-nicht-${runId.toLowerCase()}`;
    const [a, b] = await Promise.all([getSolutionRoute(request(`/api/v1/solutions/${network}`), ctx(network)), getSolutionRoute(request(`/api/v1/solutions/${unknown}`), ctx(unknown))]);
    expect(a.status).toBe(404);
    expect(b.status).toBe(404);
    expect((await a.json()).error).toBe((await b.json()).error);
    const body = await (await getSolutionRoute(request(`/api/v1/solutions/${open}`), ctx(open))).json();
    expect(body).toMatchObject({ membersOnly: ["costs", "contact"], contactName: null, costOneOffMax: null });
  });
});
