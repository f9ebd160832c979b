import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { meetups } from "@/db/schema";
import { addCoOrganiser, cancelMeetup } from "./mutations";
import { getParticipantsForOrganiser } from "./participant-queries";
import { getMeetupBySlug, listMeetups, listMeetupsOrganisedBy, upcomingMeetupsForFeed } from "./queries";
import { cancelRegistration, registerForMeetup } from "./registration-mutations";
import { createDraft, createPublished, DAY, HOUR, LEIPZIG, meetupAt, meetupFormInput, newMember, runId } from "./test-fixtures";

const ONLINE_URL = "https://meet.example.org/ozg-netzwerk";

let organiser: string;
let admin: string;
let meetup: { id: string; slug: string };
let seated: { listed: string; unlisted: string };
let waiting: string;

beforeAll(async () => {
  organiser = await newMember({ role: "organiser" });
  admin = await newMember({ role: "admin" });
  meetup = await createPublished(organiser, meetupFormInput({ title: `Sichtbarkeit ${runId}`, capacity: "2", onlineUrl: ONLINE_URL }));
  seated = { listed: await newMember({ name: `Gelistet ${runId}` }), unlisted: await newMember({ name: `Verborgen ${runId}` }) };
  waiting = await newMember();
  await registerForMeetup({ meetupId: meetup.id, userId: seated.listed, note: "vegetarisch", listPublicly: true });
  await registerForMeetup({ meetupId: meetup.id, userId: seated.unlisted, note: "Rollstuhlplatz", listPublicly: false });
  await registerForMeetup({ meetupId: meetup.id, userId: waiting, listPublicly: true });
});

describe("getMeetupBySlug", () => {
  it("never gives anonymous viewers the online link or participant names", async () => {
    const detail = await getMeetupBySlug(meetup.slug);
    expect(detail).toMatchObject({ onlineUrl: null, participants: null, viewerRegistration: null, canManage: false, registeredCount: 2, waitlistCount: 1, seatsLeft: 0 });
    expect(JSON.stringify(detail)).not.toContain(ONLINE_URL);
    // An id that belongs to nobody is anonymous too.
    expect((await getMeetupBySlug(meetup.slug, "no-such-user"))?.onlineUrl).toBeNull();
  });

  it("gives the online link to a member with a seat and to organisers and admins, not to the waitlist", async () => {
    expect((await getMeetupBySlug(meetup.slug, seated.unlisted))?.onlineUrl).toBe(ONLINE_URL);
    expect((await getMeetupBySlug(meetup.slug, organiser))?.onlineUrl).toBe(ONLINE_URL);
    expect((await getMeetupBySlug(meetup.slug, admin))?.onlineUrl).toBe(ONLINE_URL);
    const onWaitlist = await getMeetupBySlug(meetup.slug, waiting);
    expect(onWaitlist?.onlineUrl).toBeNull();
    expect(onWaitlist?.viewerRegistration).toEqual({ status: "waitlisted", note: null, listPublicly: true, waitlistPosition: 1 });
    expect((await getMeetupBySlug(meetup.slug, await newMember()))?.onlineUrl).toBeNull();
  });

  it("takes the online link away after cancelling the registration", async () => {
    const values = meetupFormInput({ onlineUrl: ONLINE_URL });
    const other = await createPublished(organiser, values);
    const member = await newMember();
    await registerForMeetup({ meetupId: other.id, userId: member, listPublicly: false });
    expect((await getMeetupBySlug(other.slug, member))?.onlineUrl).toBe(ONLINE_URL);
    await cancelRegistration({ meetupId: other.id, userId: member });
    expect(await getMeetupBySlug(other.slug, member)).toMatchObject({ onlineUrl: null, viewerRegistration: null });
  });

  it("shows members only those who agreed to be listed, and counts the others", async () => {
    const detail = await getMeetupBySlug(meetup.slug, await newMember());
    expect(detail?.participants).toEqual({ listed: [{ name: `Gelistet ${runId}`, municipality: { ags: "08119020", name: "Fellbach" } }], unlistedCount: 1 });
    expect(JSON.stringify(detail)).not.toContain("Verborgen");
    expect(JSON.stringify(detail)).not.toContain("vegetarisch");
  });

  it("hides drafts from everyone but their organisers and admins", async () => {
    const draft = await createDraft(organiser);
    expect(await getMeetupBySlug(draft.slug)).toBeNull();
    expect(await getMeetupBySlug(draft.slug, await newMember())).toBeNull();
    expect(await getMeetupBySlug(draft.slug, await newMember({ role: "organiser" }))).toBeNull();
    expect(await getMeetupBySlug(draft.slug, organiser)).toMatchObject({ state: "draft", canManage: true });
    expect(await getMeetupBySlug(draft.slug, admin)).toMatchObject({ state: "draft", canManage: true });
    expect((await listMeetupsOrganisedBy(organiser)).map((m) => m.id)).toContain(draft.id);
  });

  it("shows a cancelled meetup with its reason but without the link", async () => {
    const other = await createPublished(organiser, meetupFormInput({ onlineUrl: ONLINE_URL }));
    const member = await newMember();
    await registerForMeetup({ meetupId: other.id, userId: member, listPublicly: false });
    await cancelMeetup({ meetupId: other.id, userId: organiser, reason: "Hochwasser" });
    expect(await getMeetupBySlug(other.slug, member)).toMatchObject({ state: "cancelled", cancelReason: "Hochwasser", onlineUrl: null, registrationOpen: false });
  });
});

describe("getParticipantsForOrganiser", () => {
  it("is null for members, for organisers of other meetups and for unknown ids", async () => {
    expect(await getParticipantsForOrganiser(meetup.id, seated.listed)).toBeNull();
    expect(await getParticipantsForOrganiser(meetup.id, await newMember({ role: "organiser" }))).toBeNull();
    expect(await getParticipantsForOrganiser(meetup.id, await newMember({ role: "moderator" }))).toBeNull();
    expect(await getParticipantsForOrganiser("nope", admin)).toBeNull();
  });

  it("lists seats, waitlist positions and notes for organisers, co-organisers and admins", async () => {
    const colleague = await newMember();
    await addCoOrganiser({ meetupId: meetup.id, userId: organiser, coOrganiserId: colleague });
    for (const viewer of [organiser, colleague, admin]) {
      const list = await getParticipantsForOrganiser(meetup.id, viewer);
      expect(list?.map((p) => [p.userId, p.status, p.waitlistPosition, p.note, p.listPublicly])).toEqual([
        [seated.listed, "registered", null, "vegetarisch", true],
        [seated.unlisted, "registered", null, "Rollstuhlplatz", false],
        [waiting, "waitlisted", 1, null, true],
      ]);
    }
    const [first] = (await getParticipantsForOrganiser(meetup.id, organiser))!;
    expect(first).toMatchObject({ name: `Gelistet ${runId}`, email: expect.stringContaining("@test.kommunalnetz.invalid"), municipality: { ags: "08119020", name: "Fellbach" } });
  });
});

describe("listMeetups", () => {
  it("lists upcoming meetups soonest first with seats left, and past ones latest first", async () => {
    const soon = await createPublished(organiser, meetupAt(new Date(Date.now() + 2 * DAY), { title: `Bald ${runId}`, capacity: 3 }));
    const later = await createPublished(organiser, meetupAt(new Date(Date.now() + 5 * DAY), { title: `Später ${runId}` }));
    const running = await createPublished(organiser, meetupAt(new Date(Date.now() - HOUR), { title: `Läuft ${runId}` }));
    const past = await createPublished(organiser, meetupAt(new Date(Date.now() - 3 * DAY), { title: `Vorbei ${runId}` }));
    const older = await createPublished(organiser, meetupAt(new Date(Date.now() - 9 * DAY), { title: `Länger vorbei ${runId}` }));
    const draft = await createDraft(organiser, meetupAt(new Date(Date.now() + 2 * DAY)));
    await registerForMeetup({ meetupId: soon.id, userId: await newMember(), listPublicly: false });

    const upcoming = await listMeetups({ when: "upcoming", page: 1, pageSize: 100 });
    const ids = upcoming.items.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining([running.id, soon.id, later.id]));
    expect(ids.indexOf(running.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(past.id);
    expect(upcoming.items.find((m) => m.id === soon.id)).toMatchObject({ capacity: 3, registeredCount: 1, waitlistCount: 0, seatsLeft: 2, hostMunicipality: { ags: "08119020", name: "Fellbach" } });

    const pastPage = await listMeetups({ when: "past", page: 1, pageSize: 100 });
    const pastIds = pastPage.items.map((m) => m.id);
    expect(pastIds.indexOf(past.id)).toBeGreaterThanOrEqual(0);
    expect(pastIds.indexOf(past.id)).toBeLessThan(pastIds.indexOf(older.id));
    expect(pastIds).not.toContain(running.id);
  });

  it("filters by format and by the host's Land, and pages", async () => {
    const online = await createPublished(organiser, meetupFormInput({ format: "online", hostMunicipalityAgs: "" }));
    const leipzig = await createPublished(organiser, meetupFormInput({ format: "in_person", hostMunicipalityAgs: LEIPZIG }));
    const onlineOnly = await listMeetups({ when: "upcoming", format: "online", page: 1, pageSize: 100 });
    expect(onlineOnly.items.map((m) => m.id)).toContain(online.id);
    expect(onlineOnly.items.every((m) => m.format === "online")).toBe(true);
    const saxony = await listMeetups({ when: "upcoming", state: "14", page: 1, pageSize: 100 });
    expect(saxony.items.map((m) => m.id)).toContain(leipzig.id);
    expect(saxony.items.every((m) => m.hostMunicipality?.ags.startsWith("14"))).toBe(true);

    const firstPage = await listMeetups({ when: "upcoming", page: 1, pageSize: 2 });
    const secondPage = await listMeetups({ when: "upcoming", page: 2, pageSize: 2 });
    expect(firstPage).toMatchObject({ page: 1, pageSize: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBeGreaterThanOrEqual(4);
    expect(secondPage.items.map((m) => m.id)).not.toContain(firstPage.items[0]!.id);
  });
});

describe("upcomingMeetupsForFeed", () => {
  it("gives uid, sequence, status and slug of published and cancelled meetups, never drafts or links", async () => {
    const values = meetupFormInput({ title: `Im Kalender ${runId}`, onlineUrl: ONLINE_URL });
    const listed = await createPublished(organiser, values);
    const cancelled = await createPublished(organiser, meetupFormInput({ title: `Abgesagt ${runId}` }));
    await cancelMeetup({ meetupId: cancelled.id, userId: organiser, reason: "Streik" });
    const draft = await createDraft(organiser);
    const longAgo = await createPublished(organiser, meetupAt(new Date(Date.now() - 60 * DAY)));

    const feed = await upcomingMeetupsForFeed();
    const byId = new Map(feed.map((e) => [e.uid, e]));
    expect(byId.get(listed.id)).toMatchObject({ slug: listed.slug, title: values.title, status: "published", sequence: 1, startsAt: values.startsAt, endsAt: values.endsAt });
    expect(byId.get(cancelled.id)).toMatchObject({ status: "cancelled", sequence: 2, cancelReason: "Streik" });
    expect(byId.has(draft.id)).toBe(false);
    expect(byId.has(longAgo.id)).toBe(false);
    expect(JSON.stringify(feed)).not.toContain(ONLINE_URL);

    const [row] = await db.select({ updatedAt: meetups.updatedAt }).from(meetups).where(eq(meetups.id, listed.id));
    expect(byId.get(listed.id)?.updatedAt).toEqual(row?.updatedAt);
    expect((await upcomingMeetupsForFeed({ format: "online" })).map((e) => e.uid)).not.toContain(listed.id);
  });
});
