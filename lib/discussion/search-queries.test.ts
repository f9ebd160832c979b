import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, solutions } from "@/db/schema";
import { viewerOf } from "@/lib/solutions/test-fixtures";
import { createComment } from "./mutations";
import { COMMENT_COUNT_CAP, commentSearchWords, searchComments } from "./search-queries";
import { newMember, publishedMeetup, publishedSolution, runId } from "./test-fixtures";

// A word no other test writes, so the hits are this file's.
const marker = `zaunkoenig${runId}`;

async function comment(subject: { solutionId: string } | { meetupId: string }, body: string) {
  const made = await createComment({ authorId: await newMember(), subject, body });
  if (!made.ok) throw new Error(`createComment failed: ${JSON.stringify(made.errors)}`);
  return made.comment.id;
}

describe("searchComments", () => {
  it("finds standing comments by German stems on pages the viewer may read, newest first, with an excerpt around the word", async () => {
    const open = await publishedSolution();
    const network = await publishedSolution();
    await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.id, network.id));
    const meetup = await publishedMeetup();
    const draftMeetup = await publishedMeetup({ draft: true });

    const filler = "Wir haben lange mit dem Anbieter verhandelt und die Formulare gemeinsam mit der Sachbearbeitung getestet. ".repeat(3);
    const onOpen = await comment({ solutionId: open.id }, `${filler}Die **Schnittstellen** zum Fachverfahren liefen erst nach dem Update (${marker}).`);
    const twice = await comment({ solutionId: open.id }, `Schnittstelle hier, Schnittstelle dort: ${marker} ${marker}.`);
    const onNetwork = await comment({ solutionId: network.id }, `Schnittstelle mit Kosten, nur für Mitglieder ${marker}.`);
    const onMeetup = await comment({ meetupId: meetup.id }, `Bringt bitte Fragen zur Schnittstelle mit ${marker}.`);
    // A draft takes no comments through the form; one left from before it went back to draft stays unfound.
    const [draftRow] = await db.insert(comments).values({ meetupId: draftMeetup.id, authorId: draftMeetup.organiserId, body: `Schnittstelle im Entwurf ${marker}.` }).returning({ id: comments.id });
    const onDraft = draftRow!.id;
    const hidden = await comment({ solutionId: open.id }, `Schnittstelle, ausgeblendet ${marker}.`);
    await db.update(comments).set({ hiddenAt: new Date(), hiddenNote: "Test" }).where(eq(comments.id, hidden));
    const deleted = await comment({ solutionId: open.id }, `Schnittstelle, gelöscht ${marker}.`);
    await db.update(comments).set({ deletedAt: new Date(), body: "" }).where(eq(comments.id, deleted));
    await comment({ solutionId: open.id }, `Ganz anderes Thema ${marker}.`);

    const anonymous = await searchComments(`Schnittstelle ${marker}`, null);
    // Newest first: the meetup's comment was written last.
    expect(anonymous.items.map((c) => c.id)).toEqual([onMeetup, twice, onOpen]);
    expect(anonymous.total).toBe(3);
    const hit = anonymous.items.find((c) => c.id === onOpen)!;
    expect(hit.subject).toMatchObject({ kind: "solution", slug: open.slug });
    expect(hit.excerpt).toContain("Schnittstellen zum Fachverfahren");
    expect(hit.excerpt).not.toContain("**");
    expect(hit.excerpt.startsWith("…")).toBe(true);
    expect(anonymous.items.find((c) => c.id === onMeetup)!.subject).toMatchObject({ kind: "meetup", slug: meetup.slug });

    const member = await viewerOf(await newMember());
    const verified = await searchComments(`schnittstellen ${marker}`, member);
    expect(verified.items.map((c) => c.id).sort()).toEqual([onOpen, twice, onNetwork, onMeetup].sort());
    const pending = await viewerOf(await newMember({ municipalityAgs: null, status: "pending" }));
    expect((await searchComments(`Schnittstelle ${marker}`, pending)).items.map((c) => c.id)).not.toContain(onNetwork);
    for (const result of [anonymous, verified]) {
      expect(result.items.map((c) => c.id)).not.toContain(hidden);
      expect(result.items.map((c) => c.id)).not.toContain(deleted);
      expect(result.items.map((c) => c.id)).not.toContain(onDraft);
    }

    const firstPage = await searchComments(`Schnittstelle ${marker}`, member, { page: 1, pageSize: 2 });
    const secondPage = await searchComments(`Schnittstelle ${marker}`, member, { page: 2, pageSize: 2 });
    expect(firstPage.total).toBe(4);
    expect([...firstPage.items, ...secondPage.items].map((c) => c.id).sort()).toEqual(verified.items.map((c) => c.id).sort());
  });

  it("pages through the newest of many matches and caps the count, showing a network page's comments only to members", async () => {
    const word = `laubblaeser${runId}`;
    const network = await publishedSolution();
    await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.id, network.id));
    const open = await publishedSolution();
    const author = await newMember();
    // Three public comments, then 221 newer ones on a network-only page.
    await db.insert(comments).values(Array.from({ length: 3 }, (_, i) => ({ solutionId: open.id, authorId: author, body: `${word} öffentlich ${i}`, createdAt: new Date(Date.now() - 60_000 + i) })));
    await db.insert(comments).values(Array.from({ length: 221 }, (_, i) => ({ solutionId: network.id, authorId: author, body: `${word} intern ${i}`, createdAt: new Date(Date.now() - 30_000 + i) })));

    const anonymous = await searchComments(word, null);
    expect(anonymous.items.map((c) => c.excerpt)).toEqual([2, 1, 0].map((i) => `${word} öffentlich ${i}`));
    expect(anonymous).toMatchObject({ total: 3, totalCapped: false });
    const viewer = await viewerOf(await newMember());
    const member = await searchComments(word, viewer, { pageSize: 5 });
    expect(member).toMatchObject({ total: COMMENT_COUNT_CAP, totalCapped: true });
    expect(member.items.map((c) => c.excerpt)).toEqual([220, 219, 218, 217, 216].map((i) => `${word} intern ${i}`));
    // The list ends with the newest 200, as the count does (a page behind them would read every comment).
    const last = await searchComments(word, viewer, { page: 40, pageSize: 5 });
    expect(last.items.map((c) => c.excerpt)).toEqual([25, 24, 23, 22, 21].map((i) => `${word} intern ${i}`));
    expect((await searchComments(word, viewer, { page: 41, pageSize: 5 })).items).toEqual([]);
    expect((await searchComments(word, viewer, { page: 100_000 })).items).toEqual([]);
  });

  it("finds nothing for stopwords alone and takes websearch syntax as plain words", async () => {
    expect(commentSearchWords("die und oder")).toEqual([]);
    expect((await searchComments("die und oder", null)).total).toBe(0);
    const result = await searchComments(`"${marker} -OR (`, null);
    expect(result.items.every((c) => c.excerpt.toLowerCase().includes(marker))).toBe(true);
  });
});
