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
  it("finds standing comments by German stems on pages the viewer may read, best match first, with an excerpt around the word", async () => {
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
    expect(anonymous.items.map((c) => c.id).sort()).toEqual([onOpen, twice, onMeetup].sort());
    expect(anonymous.total).toBe(3);
    // The comment with the words twice ranks first.
    expect(anonymous.items[0]!.id).toBe(twice);
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

  it("fills the page from behind the best ranked when those are not visible, and caps the count", async () => {
    const word = `laubblaeser${runId}`;
    const network = await publishedSolution();
    await db.update(solutions).set({ visibility: "network" }).where(eq(solutions.id, network.id));
    const open = await publishedSolution();
    const author = await newMember();
    // 221 comments on a network-only page rank first (the word twice), three public ones after them.
    await db.insert(comments).values(Array.from({ length: 221 }, (_, i) => ({ solutionId: network.id, authorId: author, body: `${word} ${word} intern ${i}` })));
    await db.insert(comments).values(Array.from({ length: 3 }, (_, i) => ({ solutionId: open.id, authorId: author, body: `${word} öffentlich ${i}` })));

    const anonymous = await searchComments(word, null);
    expect(anonymous.items.map((c) => c.subject.slug)).toEqual([open.slug, open.slug, open.slug]);
    expect(anonymous).toMatchObject({ total: 3, totalCapped: false });
    const member = await searchComments(word, await viewerOf(await newMember()), { pageSize: 5 });
    expect(member).toMatchObject({ total: COMMENT_COUNT_CAP, totalCapped: true });
    expect(member.items.every((c) => c.subject.slug === network.slug)).toBe(true);
  });

  it("finds nothing for stopwords alone and takes websearch syntax as plain words", async () => {
    expect(commentSearchWords("die und oder")).toEqual([]);
    expect((await searchComments("die und oder", null)).total).toBe(0);
    const result = await searchComments(`"${marker} -OR (`, null);
    expect(result.items.every((c) => c.excerpt.toLowerCase().includes(marker))).toBe(true);
  });
});
