import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as suggestionsRoute } from "@/app/api/search/suggestions/route";
import { db } from "@/db/client";
import { solutions, users } from "@/db/schema";
import { createPublished, meetupFormInput } from "@/lib/meetups/test-fixtures";
import { createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, viewerOf } from "@/lib/solutions/test-fixtures";
import { createComment } from "@/lib/discussion/mutations";
import { searchComments } from "@/lib/discussion/search-queries";
import { countEverything, searchEverything } from "./grouped-queries";
import type { Suggestion } from "./suggestion-queries";

// Every row of this file carries a word made of its runId, so counts hold on a shared database.
const word = `suchbox${runId}`;

async function publish(authorId: string, title: string, intent: "publish" | "draft" = "publish") {
  const result = await createSolution({ authorId, input: solutionFormInput({ title, intent }) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

async function suggest(query: string): Promise<{ status: number; suggestions: Suggestion[] }> {
  const response = await suggestionsRoute(new Request(`http://localhost/api/search/suggestions?${query}`));
  const body = await response.json();
  return { status: response.status, suggestions: body.suggestions ?? [] };
}

beforeAll(async () => {
  const author = await newMember({ municipalityAgs: FELLBACH });
  await publish(author, `Wohngeld digital ${word} Fellbach`);
  await publish(author, `Wohngeld Entwurf ${word}`, "draft");
  const network = await publish(author, `Wohngeld intern ${word}`);
  await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.id, network.id));
  const organiser = await newMember({ role: "organiser" });
  await createPublished(organiser, meetupFormInput({ title: `Netzwerktreffen ${word}` }));
}, 120_000);

describe("searchEverything (the /search page)", () => {
  it("groups a query's public solutions and upcoming meetups with their counts, without drafts or network-only solutions", async () => {
    const result = await searchEverything(word);
    expect(result.solutions.total).toBe(1);
    expect(result.solutions.items.map((s) => s.title)).toEqual([`Wohngeld digital ${word} Fellbach`]);
    expect(result.meetups.total).toBe(1);
    expect(result.meetups.items[0]!.title).toBe(`Netzwerktreffen ${word}`);
    expect(result.services.total).toBe(0);
    expect(result.municipalities.total).toBe(0);
  });

  it("finds OZG services by a LeiKa name and municipalities by name, each group as its full list counts", async () => {
    const dogs = await searchEverything("Hundesteuer");
    expect(dogs.services.items.map((s) => s.name)).toContain("Hundehaltung");
    const town = await searchEverything("Fellbach");
    expect(town.municipalities.items[0]!.ags).toBe(FELLBACH);
    expect(town.municipalities.items.length).toBeLessThanOrEqual(5);
    expect(town.municipalities.total).toBeGreaterThanOrEqual(town.municipalities.items.length);
  });
});

describe("searchEverything: the members group", () => {
  it("finds verified members by name, role title or software for verified viewers, and is absent for everyone else", async () => {
    const knows = await newMember({ municipalityAgs: FELLBACH, name: `Kennerin ${runId}` });
    await db.update(users).set({ expertiseSoftware: [`Fachverfahren ${word}`] }).where(eq(users.id, knows));
    const pending = await newMember({ municipalityAgs: null, name: `Wartend ${runId}` });
    await db.update(users).set({ expertiseSoftware: [`Fachverfahren ${word}`] }).where(eq(users.id, pending));
    const verifiedViewer = await viewerOf(await newMember({ municipalityAgs: FELLBACH }));
    const result = await searchEverything(word, verifiedViewer);
    expect(result.members?.total).toBe(1);
    expect(result.members?.items.map((m) => m.name)).toEqual([`Kennerin ${runId}`]);
    // A name only the members group finds is a hit: the page shows the group, not "nothing found".
    const byName = await searchEverything(`Kennerin ${runId}`, verifiedViewer);
    expect(byName.solutions.total + byName.services.total + byName.municipalities.total + byName.meetups.total + byName.comments.total).toBe(0);
    expect(countEverything(byName)).toBe(1);
    expect((await searchEverything(word)).members).toBeUndefined();
    expect((await searchEverything(word, await viewerOf(pending))).members).toBeUndefined();
  });
});

describe("searchEverything: the comments group", () => {
  it("finds comments on public solutions for everybody and on network-only ones for verified members, as its full list counts", async () => {
    const author = await newMember({ municipalityAgs: FELLBACH });
    const open = await publish(author, `Formularserver ${runId}`);
    const network = await publish(author, `Formularserver intern ${runId}`);
    await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.id, network.id));
    for (const [solutionId, body] of [
      [open.id, `Der Formularserver lief mit ${word} stabil.`],
      [network.id, `Intern: die Lizenz für ${word} kostete mehr.`],
    ] as const) {
      const made = await createComment({ authorId: await newMember(), subject: { solutionId }, body });
      if (!made.ok) throw new Error(JSON.stringify(made.errors));
    }
    const anonymous = await searchEverything(word);
    expect(anonymous.comments.total).toBe(1);
    expect(anonymous.comments.items[0]!.excerpt).toContain("Formularserver lief");
    expect(anonymous.comments.items[0]!.subject).toMatchObject({ kind: "solution", slug: open.slug });
    const verified = await searchEverything(word, await viewerOf(await newMember({ municipalityAgs: FELLBACH })));
    expect(verified.comments.total).toBe(2);
    expect(verified.comments.total).toBe((await searchComments(word, await viewerOf(author))).total);
  });
});

describe("GET /api/search/suggestions", () => {
  it("suggests services by a LeiKa prefix, municipalities by name prefix and public solution titles", async () => {
    const dogs = await suggest("q=Hundest");
    expect(dogs.status).toBe(200);
    expect(dogs.suggestions).toContainEqual(expect.objectContaining({ kind: "service", label: "Hundehaltung" }));
    const town = await suggest("q=Fellb");
    expect(town.suggestions).toContainEqual({ kind: "municipality", label: "Fellbach", path: `/municipalities/${FELLBACH}` });
    const mine = await suggest(`q=${word}`);
    expect(mine.suggestions.filter((s) => s.kind === "solution").map((s) => s.label)).toEqual([`Wohngeld digital ${word} Fellbach`]);
  });

  it("answers an empty list for a blank query and 400 for control characters, an overlong query or an unknown parameter", async () => {
    expect(await suggest("q=%20")).toEqual({ status: 200, suggestions: [] });
    expect((await suggest("q=Fell%00bach")).status).toBe(400);
    expect((await suggest(`q=${"a".repeat(101)}`)).status).toBe(400);
    expect((await suggest("q=Fell&viewer=admin")).status).toBe(400);
  });
});
