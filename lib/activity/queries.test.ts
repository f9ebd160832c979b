import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/activity.atom/route";
import { db } from "@/db/client";
import { comments, meetupMaterials, ozgServices } from "@/db/schema";
import { createPublished, createDraft, meetupFormInput, LEIPZIG } from "@/lib/meetups/test-fixtures";
import { createSolution, markReuse } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput, WAIBLINGEN, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { buildActivityFeed } from "./feed";
import { listActivity } from "./queries";

let wohngeldThemenfeld: number;
let publishedSlug: string;
let draftTitle: string;
let meetupSlug: string;
let draftMeetupTitle: string;

async function publish(authorId: string, overrides: Record<string, unknown>) {
  const created = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created;
}

beforeAll(async () => {
  const [service] = await db.select({ themenfeldId: ozgServices.themenfeldId }).from(ozgServices).where(eq(ozgServices.id, WOHNGELD));
  wohngeldThemenfeld = service!.themenfeldId;
  const author = await newMember();
  const reuser = await newMember({ municipalityAgs: WAIBLINGEN });
  const solution = await publish(author, { title: `Aktivität veröffentlicht ${runId}` });
  publishedSlug = solution.slug;
  draftTitle = `Aktivität Entwurf ${runId}`;
  await publish(author, { title: draftTitle, intent: "draft" });
  const reuse = await markReuse({ memberId: reuser, slug: solution.slug, status: "live" });
  if (!reuse.ok) throw new Error(JSON.stringify(reuse.errors));

  const [question] = await db.insert(comments).values({ solutionId: solution.id, authorId: reuser, body: "Welche Kosten?", isQuestion: true }).returning({ id: comments.id });
  const [answer] = await db.insert(comments).values({ solutionId: solution.id, authorId: author, body: "Etwa 2.000 €.", parentId: question!.id }).returning({ id: comments.id });
  await db.update(comments).set({ answerId: answer!.id, answeredAt: new Date() }).where(eq(comments.id, question!.id));
  // A question whose answer was deleted does not count as answered.
  const [open] = await db.insert(comments).values({ solutionId: solution.id, authorId: reuser, body: "Noch eine?", isQuestion: true }).returning({ id: comments.id });
  const [gone] = await db.insert(comments).values({ solutionId: solution.id, authorId: author, body: "", parentId: open!.id, deletedAt: new Date() }).returning({ id: comments.id });
  await db.update(comments).set({ answerId: gone!.id, answeredAt: new Date() }).where(eq(comments.id, open!.id));

  const organiser = await newMember({ role: "organiser" });
  const meetup = await createPublished(organiser, meetupFormInput({ title: `Aktivität Treffen ${runId}`, hostMunicipalityAgs: LEIPZIG }));
  meetupSlug = meetup.slug;
  await db.insert(meetupMaterials).values({ meetupId: meetup.id, kind: "slides", title: `Folien ${runId}`, url: "https://example.org/folien.pdf" });
  draftMeetupTitle = `Aktivität Entwurfstreffen ${runId}`;
  const draftMeetup = await createDraft(organiser, meetupFormInput({ title: draftMeetupTitle }));
  await db.insert(meetupMaterials).values({ meetupId: draftMeetup.id, kind: "slides", title: `Geheime Folien ${runId}`, url: "https://example.org/geheim.pdf" });
});

describe("listActivity", () => {
  it("lists published solutions, reuses, answered questions, meetups and materials, newest first, never drafts", async () => {
    const { items, total } = await listActivity({ pageSize: 100 });
    const mine = items.filter((item) => item.title.includes(runId));
    expect(mine.map((item) => item.kind).sort()).toEqual(["answer", "material", "meetup", "reuse", "solution"]);
    expect(items.map((item) => item.at.getTime())).toEqual([...items.map((item) => item.at.getTime())].sort((a, b) => b - a));
    expect(JSON.stringify(items)).not.toContain(draftTitle);
    expect(JSON.stringify(items)).not.toContain(draftMeetupTitle);
    expect(JSON.stringify(items)).not.toContain("Geheime Folien");
    expect(total).toBeGreaterThanOrEqual(5);
    const reuse = mine.find((item) => item.kind === "reuse")!;
    expect(reuse).toMatchObject({ municipality: "Waiblingen", detail: "live", slug: publishedSlug });
    expect(mine.find((item) => item.kind === "material")).toMatchObject({ detail: `Folien ${runId}`, slug: meetupSlug });
    expect(mine.filter((item) => item.kind === "answer")).toHaveLength(1);
  });

  it("filters by state and Themenfeld, and pages", async () => {
    const saxony = await listActivity({ state: "14", pageSize: 100 });
    expect(saxony.items.filter((item) => item.title.includes(runId)).map((item) => item.kind).sort()).toEqual(["material", "meetup"]);
    expect(saxony.items.every((item) => item.stateCode === "14")).toBe(true);
    const byTopic = await listActivity({ themenfeld: wohngeldThemenfeld, pageSize: 100 });
    expect(byTopic.items.filter((item) => item.title.includes(runId)).map((item) => item.kind).sort()).toEqual(["answer", "reuse", "solution"]);
    const otherTopic = await listActivity({ themenfeld: wohngeldThemenfeld + 1, pageSize: 100 });
    expect(otherTopic.items.some((item) => item.title.includes(runId))).toBe(false);
    const first = await listActivity({ pageSize: 2, page: 1 });
    const second = await listActivity({ pageSize: 2, page: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.items[0]!.key).not.toBe(first.items[1]!.key);
    expect(second.total).toBe(first.total);
    const beyond = await listActivity({ pageSize: 2, page: 10_000 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });
});

describe("/activity.atom", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

  it("is valid Atom with id, title, updated, author, links and one entry per public item, absolute URLs", async () => {
    const response = await GET(new Request("http://evil.example/activity.atom"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^http:\/\/localhost:\d+\/activity\.atom$/);
    expect(feed.title).toBe("Kommunalnetz – Aktivität im Netzwerk");
    expect(new Date(feed.updated).getTime()).not.toBeNaN();
    expect(feed.author.name).toBe("Kommunalnetz");
    expect(feed.link.map((l: Record<string, string>) => l["@rel"] ?? "alternate").sort()).toEqual(["alternate", "self"]);
    const entries = feed.entry as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^http:\/\/localhost:\d+\/activity#/);
      expect(typeof entry.title === "string" || typeof (entry.title as Record<string, string>)["#text"] === "string").toBe(true);
      expect(new Date(entry.updated as string).getTime()).not.toBeNaN();
      const link = (entry.link as Record<string, string>[])[0]!;
      expect(link["@href"]).toMatch(/^http:\/\/localhost:\d+\/(solutions|meetups)\//);
    }
    expect(xml).not.toContain("evil.example");
    expect(xml).not.toContain(draftTitle);
    expect(xml).not.toContain(draftMeetupTitle);
    expect(xml).not.toContain("Geheime Folien");
    expect(xml).toContain(`Waiblingen nutzt „Aktivität veröffentlicht ${runId}“ nach (im Einsatz)`);
  });

  it("takes the page's filters and refuses unknown or malformed parameters", async () => {
    const xml = await buildActivityFeed({ state: "14" });
    expect(xml).toContain(`Aktivität Treffen ${runId}`);
    expect(xml).not.toContain(`Aktivität veröffentlicht ${runId}`);
    expect((await GET(new Request("http://localhost/activity.atom?state=99x"))).status).toBe(400);
    expect((await GET(new Request("http://localhost/activity.atom?foo=1"))).status).toBe(400);
    expect((await GET(new Request(`http://localhost/activity.atom?themenfeld=${wohngeldThemenfeld}`))).status).toBe(200);
  });
});
