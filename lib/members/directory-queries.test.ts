import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { meetupAgendaSpeakers, organisations, ozgServices, users } from "@/db/schema";
import { createComment, markAnswer } from "@/lib/discussion/mutations";
import { publishedMeetup } from "@/lib/discussion/test-fixtures";
import { addAgendaItem } from "@/lib/meetups/agenda-mutations";
import { agendaItemInput } from "@/lib/meetups/schema";
import { berlinWallClock } from "@/lib/meetups/time";
import { createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, viewerOf, WAIBLINGEN, WOHNGELD } from "@/lib/solutions/test-fixtures";
import type { Viewer } from "@/lib/visibility/rules";
import { searchDirectory } from "./directory-queries";
import { updateProfileDetails } from "./profile-mutations";
import { directorySearchInput, profileDetailsExtraInput } from "./profile-schema";
import { getMemberProfile } from "./queries";

// Software names of this run only: on a server, other test files share the database.
const softwareX = `Fachverfahren X ${runId}`;
const LEIPZIG = "14713000";
const ids = {} as Record<"fellbach" | "waiblingen" | "leipzig" | "pending" | "suspended" | "hidden" | "organisation", string>;
const viewers = {} as Record<"anonymous" | "pending" | "suspended" | "verified" | "moderator", Viewer>;

async function profile(id: string, fields: Record<string, unknown>) {
  const saved = await updateProfileDetails({ memberId: id, input: profileDetailsExtraInput.parse(fields) });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

const search = (params: Record<string, string>, viewer: Viewer = viewers.verified) => searchDirectory(directorySearchInput.parse(params), viewer);
const names = async (params: Record<string, string>, viewer?: Viewer) => (await search(params, viewer))!.items.map((i) => i.name).sort();

beforeAll(async () => {
  ids.fellbach = await newMember({ municipalityAgs: FELLBACH, name: `Fiona Fellbach ${runId}` });
  ids.waiblingen = await newMember({ municipalityAgs: WAIBLINGEN, name: `Werner Waiblingen ${runId}` });
  ids.leipzig = await newMember({ municipalityAgs: LEIPZIG, name: `Lea Leipzig ${runId}` });
  ids.pending = await newMember({ municipalityAgs: FELLBACH, status: "pending", name: `Paula Pending ${runId}` });
  ids.suspended = await newMember({ municipalityAgs: FELLBACH, status: "suspended", name: `Sven Suspended ${runId}` });
  ids.hidden = await newMember({ municipalityAgs: FELLBACH, name: `Hanna Hidden ${runId}` });
  const [org] = await db.insert(organisations).values({ name: `Landratsamt Rems-Murr ${runId}`, kind: "district", stateCode: "08", districtCode: "08119" }).returning({ id: organisations.id });
  ids.organisation = await newMember({ municipalityAgs: null, status: "verified", name: `Olaf Organisation ${runId}` });
  await db.update(users).set({ organisationId: org!.id }).where(eq(users.id, ids.organisation));
  await profile(ids.fellbach, { software: `${softwareX}\nFormularserver`, serviceIds: [String(WOHNGELD)], showEmail: "on", phone: "07151 123", showPhone: "on", bio: "Wohngeld digital." });
  await profile(ids.waiblingen, { software: `Anderes ${softwareX}` });
  await profile(ids.leipzig, { software: softwareX, themenfeldIds: ["8"] });
  await profile(ids.organisation, { software: softwareX });
  await profile(ids.pending, { software: softwareX });
  // A suspended member's profile is not written by the form any more; the row keeps what it had.
  await db.update(users).set({ expertiseSoftware: [softwareX] }).where(eq(users.id, ids.suspended));
  await profile(ids.hidden, { software: softwareX, phone: "0711 999" });
  viewers.anonymous = null;
  viewers.pending = await viewerOf(ids.pending);
  viewers.suspended = { id: ids.suspended, status: "suspended", role: "member" };
  viewers.verified = await viewerOf(await newMember({ municipalityAgs: WAIBLINGEN }));
  viewers.moderator = await viewerOf(await newMember({ municipalityAgs: WAIBLINGEN, role: "moderator", status: "pending" }));
});

describe("searchDirectory", () => {
  it("finds who knows a Fachverfahren by part of its name, verified members only (not pending, not suspended)", async () => {
    expect(await names({ software: softwareX })).toEqual(
      [`Fiona Fellbach ${runId}`, `Hanna Hidden ${runId}`, `Lea Leipzig ${runId}`, `Olaf Organisation ${runId}`, `Werner Waiblingen ${runId}`].sort(),
    );
    expect(await names({ software: `fachverfahren x ${runId.toUpperCase()}`.toLowerCase() })).toHaveLength(5);
    // A LIKE wildcard is a character, not a wildcard.
    expect(await names({ software: `%${runId}` })).toEqual([]);
  });

  it("filters by district (municipality's or organisation's), state, municipality name, service, Themenfeld and name", async () => {
    expect(await names({ software: softwareX, district: "08119" })).toEqual([`Fiona Fellbach ${runId}`, `Hanna Hidden ${runId}`, `Olaf Organisation ${runId}`, `Werner Waiblingen ${runId}`].sort());
    expect(await names({ software: softwareX, state: "14" })).toEqual([`Lea Leipzig ${runId}`]);
    expect(await names({ software: softwareX, municipality: "Waiblingen" })).toEqual([`Werner Waiblingen ${runId}`]);
    expect(await names({ software: softwareX, municipality: "Landratsamt Rems" })).toEqual([`Olaf Organisation ${runId}`]);
    expect(await names({ software: softwareX, service: String(WOHNGELD), district: "08119" })).toEqual([`Fiona Fellbach ${runId}`]);
    // A Themenfeld finds members who named it and members who named one of its services.
    expect(await names({ software: softwareX, themenfeld: "8" })).toEqual([`Lea Leipzig ${runId}`]);
    const [wohngeld] = await db.select({ themenfeldId: ozgServices.themenfeldId }).from(ozgServices).where(eq(ozgServices.id, WOHNGELD));
    expect(await names({ software: softwareX, themenfeld: String(wohngeld!.themenfeldId) })).toContain(`Fiona Fellbach ${runId}`);
    expect(await names({ q: `Fiona Fellbach ${runId}` })).toEqual([`Fiona Fellbach ${runId}`]);
    // The free text also finds what they know (the one search box's members group asks this way).
    expect(await names({ q: softwareX, district: "08119" })).toEqual(await names({ software: softwareX, district: "08119" }));
  });

  it("returns no e-mail address or phone number, even of members who show them on their profile", async () => {
    const page = await search({ software: softwareX });
    const text = JSON.stringify(page);
    expect(text).not.toContain("@");
    expect(text).not.toContain("07151");
  });

  it("is for verified members and moderators only: anonymous, pending and suspended viewers get nothing", async () => {
    for (const viewer of [viewers.anonymous, viewers.pending, viewers.suspended]) expect(await search({ software: softwareX }, viewer)).toBeNull();
    expect((await search({ software: softwareX }, viewers.moderator))!.total).toBe(5);
  });

  it("pages through the results", async () => {
    const page2 = await search({ software: softwareX, page: "2" });
    expect(page2).toMatchObject({ items: [], total: 5, page: 2, pageSize: 20 });
  });

  it("reports malformed parameters instead of running them", () => {
    const result = directorySearchInput.safeParse({ service: "abc", district: "1", state: "x", page: "0", software: "a\u0000b" });
    expect(Object.keys(result.error!.flatten().fieldErrors).sort()).toEqual(["district", "page", "service", "software", "state"]);
  });
});

describe("getMemberProfile", () => {
  it("shows e-mail and phone only when the member chose to, and only to verified members", async () => {
    const shown = await getMemberProfile(ids.fellbach, viewers.verified);
    expect(shown).toMatchObject({ email: expect.stringContaining("@"), phone: "07151 123", bio: "Wohngeld digital.", software: [softwareX, "Formularserver"] });
    const hidden = await getMemberProfile(ids.hidden, viewers.verified);
    expect(hidden).toMatchObject({ email: null, phone: null });
    expect(JSON.stringify(hidden)).not.toContain("@");
    expect(JSON.stringify(hidden)).not.toContain("0711 999");
    // A moderator who is not verified reviews the profile but gets no contact details.
    expect(await getMemberProfile(ids.fellbach, viewers.moderator)).toMatchObject({ email: null, phone: null });
  });

  it("is null for anonymous, pending and suspended viewers", async () => {
    for (const viewer of [viewers.anonymous, viewers.pending, viewers.suspended]) expect(await getMemberProfile(ids.fellbach, viewer)).toBeNull();
  });

  it("lists the member's marked answers and their talks at published meetups", async () => {
    const author = await newMember({ municipalityAgs: FELLBACH, name: `Antwortende ${runId}` });
    const made = await createSolution({ authorId: author, input: solutionFormInput({ title: `Frage und Antwort ${runId}` }) });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const question = await createComment({ authorId: ids.waiblingen, subject: { solutionId: made.id }, body: "Wie lief die Einführung?", isQuestion: true });
    if (!question.ok) throw new Error(JSON.stringify(question.errors));
    const answer = await createComment({ authorId: author, subject: { solutionId: made.id }, body: "Gut.", parentId: question.comment.id });
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    expect(await markAnswer({ memberId: author, questionId: question.comment.id, answerId: answer.comment.id })).toEqual({ ok: true });

    const meetup = await publishedMeetup();
    const item = await addAgendaItem({
      meetupId: meetup.id,
      userId: meetup.organiserId,
      input: agendaItemInput.parse({ title: `Vortrag Wohngeld ${runId}`, type: "talk", date: berlinWallClock(new Date(Date.now() + 10 * 86_400_000)).date, time: "11:00", durationMinutes: "30" }),
    });
    if (!item.ok) throw new Error(JSON.stringify(item.errors));
    await db.insert(meetupAgendaSpeakers).values({ itemId: item.id, userId: author });

    const seen = await getMemberProfile(author, viewers.verified);
    expect(seen!.answers).toEqual([expect.objectContaining({ commentId: answer.comment.id, slug: made.slug, title: `Frage und Antwort ${runId}` })]);
    expect(seen!.talks).toEqual([expect.objectContaining({ itemTitle: `Vortrag Wohngeld ${runId}`, slug: meetup.slug })]);
  });
});
