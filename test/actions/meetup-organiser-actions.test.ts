import { and, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { jobOutbox, meetupAgendaItems, meetupMaterials, meetupOrganisers, meetupRegistrations, meetups, users } from "@/db/schema";
import { MEETUP_MAIL_JOB } from "@/lib/meetups/jobs";
import { getMeetupBySlug } from "@/lib/meetups/queries";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createDraft, createPublished, HOUR, newMember, runId } from "@/lib/meetups/test-fixtures";
import { berlinWallClock } from "@/lib/meetups/time";
import { createSolution } from "@/lib/solutions/mutations";
import { solutionFormInput } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// As in solution-actions.test.ts: only who is signed in and the request-scoped Next.js helpers are
// stand-ins. The database, the mutations and the permission checks are the real ones.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const actions = await import("@/lib/meetups/organiser-actions");
const { GET: participantsCsv } = await import("@/app/meetups/[slug]/participants.csv/route");

let organiser: string;
let stranger: string;
let solutionSlug: string;

beforeAll(async () => {
  organiser = await newMember({ role: "organiser", name: `Olga Organisation ${runId}` });
  // Even the organiser role gives no rights over somebody else's meetup.
  stranger = await newMember({ role: "organiser" });
  const published = await createSolution({ authorId: await newMember(), input: solutionFormInput({ title: `Wohngeld digital ${runId}` }) });
  if (!published.ok) throw new Error("createSolution failed");
  solutionSlug = published.slug;
});

beforeEach(() => {
  session.userId = null;
});

async function meetupState(id: string) {
  const [row] = await db.select({ state: meetups.state, cancelReason: meetups.cancelReason }).from(meetups).where(eq(meetups.id, id));
  return row;
}

/** A valid agenda form for the fixtures' meetup day (10:00–16:00 Berlin). */
const agendaForm = (meetup: { startsAt: Date }, overrides: Record<string, string> = {}) =>
  form({
    title: "Keynote: Digitale Verwaltung",
    type: "keynote",
    date: berlinWallClock(meetup.startsAt).date,
    time: "10:00",
    durationMinutes: "45",
    ...overrides,
  });

async function cancelMails(meetupId: string) {
  return db.$count(jobOutbox, and(eq(jobOutbox.kind, MEETUP_MAIL_JOB), sql`${jobOutbox.payload}->>'meetupId' = ${meetupId}`, sql`${jobOutbox.payload}->>'template' = 'meetup_cancelled'`));
}

describe("meetup organiser actions", () => {
  it("refuses a member who does not organise the meetup: cancel, agenda, materials and minutes stay as they were", async () => {
    const meetup = await createPublished(organiser);
    const detail = (await getMeetupBySlug(meetup.slug, organiser))!;
    session.userId = stranger;

    const cancel = await actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "Übernommen", confirmed: "yes" }));
    expect(cancel.errors.form).toEqual(["errors.meetups.notAllowed"]);
    expect(await meetupState(meetup.id)).toEqual({ state: "published", cancelReason: null });

    const agenda = await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail));
    expect(agenda.errors.form).toEqual(["errors.meetups.notAllowed"]);
    expect(await db.$count(meetupAgendaItems, eq(meetupAgendaItems.meetupId, meetup.id))).toBe(0);

    const material = await actions.addMaterialAction(meetup.id, meetup.slug, empty, form({ kind: "slides", title: "Folien", url: "https://example.org/folien.pdf" }));
    expect(material.errors.form).toEqual(["errors.meetups.notAllowed"]);
    expect(await db.$count(meetupMaterials, eq(meetupMaterials.meetupId, meetup.id))).toBe(0);

    const minutes = await actions.setMinutesAction(meetup.id, meetup.slug, empty, form({ minutes: "Gefälscht" }));
    expect(minutes.errors.form).toEqual(["errors.meetups.notAllowed"]);
    expect((await getMeetupBySlug(meetup.slug, organiser))?.minutes).toBeNull();
  });

  it("refuses to remove or move the organiser's agenda items and materials for someone else", async () => {
    const meetup = await createPublished(organiser);
    const detail = (await getMeetupBySlug(meetup.slug, organiser))!;
    session.userId = organiser;
    await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail));
    await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail, { title: "Pause", type: "break", time: "10:45" }));
    await actions.addMaterialAction(meetup.id, meetup.slug, empty, form({ kind: "link", title: "Linkliste", url: "https://example.org/links" }));
    const before = (await getMeetupBySlug(meetup.slug, organiser))!;

    session.userId = stranger;
    const [first, second] = before.agenda;
    expect((await actions.removeAgendaItemAction(meetup.slug, empty, form({ itemId: first!.id }))).errors.form).toEqual(["errors.meetups.notAllowed"]);
    expect((await actions.moveAgendaItemAction(meetup.id, meetup.slug, empty, form({ itemId: second!.id, direction: "up" }))).errors.form).toEqual([
      "errors.meetups.notAllowed",
    ]);
    expect((await actions.removeMaterialAction(meetup.slug, empty, form({ materialId: before.materials[0]!.id }))).errors.form).toEqual([
      "errors.meetups.notAllowed",
    ]);
    const after = (await getMeetupBySlug(meetup.slug, organiser))!;
    expect(after.agenda.map((i) => i.id)).toEqual([first!.id, second!.id]);
    expect(after.materials).toHaveLength(1);
  });

  it("requires a reason to cancel, keeps what was typed, then cancels and mails everyone holding a place", async () => {
    const meetup = await createPublished(organiser);
    const participant = await newMember();
    await registerForMeetup({ meetupId: meetup.id, userId: participant, listPublicly: false });
    session.userId = organiser;

    const missing = await actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "   " }));
    expect(missing.errors.reason).toEqual(["errors.meetups.cancelReasonRequired"]);
    expect(missing.values.reason).toBe("   ");
    expect((await meetupState(meetup.id))?.state).toBe("published");

    const tooLong = await actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "x".repeat(2_001) }));
    expect(tooLong.errors.reason).toEqual(["errors.meetups.cancelReasonTooLong"]);

    const reason = "Der Saal im Rathaus ist wegen eines Wasserschadens gesperrt.";
    // A cancellation cannot be taken back: a valid reason first brings the question, with the reason kept.
    const asked = await actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason }));
    expect(asked).toEqual({ values: { reason, confirmed: "ask" }, errors: {} });
    expect((await meetupState(meetup.id))?.state).toBe("published");
    const done = await actions.cancelMeetupAction(meetup.id, meetup.slug, asked, form({ reason, confirmed: "yes" }));
    expect(done).toEqual({ values: {}, errors: {}, message: "meetups.manage.cancel.done" });
    expect(await meetupState(meetup.id)).toEqual({ state: "cancelled", cancelReason: reason });
    expect(await cancelMails(meetup.id)).toBe(1);

    const again = await actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "Nochmal", confirmed: "yes" }));
    expect(again.errors.form).toEqual(["errors.meetups.meetupCancelled"]);
    expect((await meetupState(meetup.id))?.cancelReason).toBe(reason);
  });

  it("sends a signed-out caller to sign-in and changes nothing", async () => {
    const meetup = await createPublished(organiser);
    await expect(actions.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "Weg" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/signin\?callbackUrl=/),
    });
    expect((await meetupState(meetup.id))?.state).toBe("published");
  });

  it("adds agenda items with a member and a guest speaker and a solution given by slug, then moves and removes them", async () => {
    const meetup = await createPublished(organiser);
    const detail = (await getMeetupBySlug(meetup.slug, organiser))!;
    const speaker = await newMember({ name: `Jana Vortrag ${runId}` });
    session.userId = organiser;

    const unknown = await actions.addAgendaItemAction(
      meetup.id,
      meetup.slug,
      empty,
      agendaForm(detail, { solutionSlugs: `${solutionSlug}, gibt-es-nicht`, "speakers-0-guestName": "Prof. Gast" }),
    );
    expect(unknown.errors.solutionSlugs).toEqual(["errors.meetups.solutionUnknown"]);
    expect(unknown.values["speakers-0-guestName"]).toBe("Prof. Gast");

    const both = await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail, { "speakers-0-userId": speaker, "speakers-0-guestName": "Zugleich Gast" }));
    expect(both.errors.speakers).toEqual(["errors.meetups.speakerInvalid"]);

    const outside = await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail, { time: "15:30", durationMinutes: "60" }));
    expect(outside.errors.time).toEqual(["errors.meetups.agendaOutsideMeetup"]);

    const added = await actions.addAgendaItemAction(
      meetup.id,
      meetup.slug,
      empty,
      agendaForm(detail, {
        "speakers-0-userId": speaker,
        "speakers-1-guestName": "Prof. Gast",
        solutionSlugs: `https://kommunalnetz.example/solutions/${solutionSlug}`,
      }),
    );
    expect(added).toEqual({ values: {}, errors: {}, message: "meetups.manage.agenda.added" });
    await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail, { title: "Mittagspause", type: "break", time: "12:00" }));

    let agenda = (await getMeetupBySlug(meetup.slug, organiser))!.agenda;
    expect(agenda.map((i) => i.title)).toEqual(["Keynote: Digitale Verwaltung", "Mittagspause"]);
    expect(agenda[0]?.speakers.map((s) => s.name)).toEqual([`Jana Vortrag ${runId}`, "Prof. Gast"]);
    expect(agenda[0]?.solutions.map((s) => s.slug)).toEqual([solutionSlug]);

    const moved = await actions.moveAgendaItemAction(meetup.id, meetup.slug, empty, form({ itemId: agenda[1]!.id, direction: "up" }));
    expect(moved.message).toBe("meetups.manage.agenda.moved");
    agenda = (await getMeetupBySlug(meetup.slug, organiser))!.agenda;
    expect(agenda.map((i) => i.title)).toEqual(["Mittagspause", "Keynote: Digitale Verwaltung"]);

    // Already first: nothing changes, nothing fails.
    expect((await actions.moveAgendaItemAction(meetup.id, meetup.slug, empty, form({ itemId: agenda[0]!.id, direction: "up" }))).errors).toEqual({});
    expect((await actions.removeAgendaItemAction(meetup.slug, empty, form({ itemId: agenda[0]!.id }))).message).toBe("meetups.manage.agenda.removed");
    expect((await getMeetupBySlug(meetup.slug, organiser))!.agenda.map((i) => i.title)).toEqual(["Keynote: Digitale Verwaltung"]);
  });

  it("edits an agenda item: keeps what was typed next to a bad field, replaces speakers and solutions, refuses forged ids", async () => {
    const meetup = await createPublished(organiser);
    const detail = (await getMeetupBySlug(meetup.slug, organiser))!;
    const speaker = await newMember({ name: `Erika Vortrag ${runId}` });
    session.userId = organiser;
    await actions.addAgendaItemAction(meetup.id, meetup.slug, empty, agendaForm(detail, { "speakers-0-guestName": "Prof. Gast", solutionSlugs: solutionSlug }));
    const [item] = (await getMeetupBySlug(meetup.slug, organiser))!.agenda;
    const edit = (overrides: Record<string, string>) => agendaForm(detail, { itemId: item!.id, ...overrides });

    const bad = await actions.updateAgendaItemAction(meetup.slug, empty, edit({ title: "K", time: "15:30", durationMinutes: "60", description: "Neu" }));
    expect(bad.errors.title).toEqual(["errors.meetups.agendaTitleRequired"]);
    expect(bad.values).toMatchObject({ title: "K", description: "Neu", itemId: item!.id });
    const outside = await actions.updateAgendaItemAction(meetup.slug, empty, edit({ time: "15:30", durationMinutes: "60" }));
    expect(outside.errors.time).toEqual(["errors.meetups.agendaOutsideMeetup"]);
    const unknown = await actions.updateAgendaItemAction(meetup.slug, empty, edit({ solutionSlugs: "gibt-es-nicht" }));
    expect(unknown.errors.solutionSlugs).toEqual(["errors.meetups.solutionUnknown"]);
    expect((await getMeetupBySlug(meetup.slug, organiser))!.agenda[0]?.title).toBe("Keynote: Digitale Verwaltung");

    const saved = actions.updateAgendaItemAction(meetup.slug, empty, edit({ title: "Keynote, neu", type: "talk", time: "11:00", durationMinutes: "30", "speakers-0-userId": speaker }));
    expect(await redirectTarget(saved)).toBe(`/meetups/${meetup.slug}/manage?saved=saved#agenda-item-${item!.id}`);
    const [after] = (await getMeetupBySlug(meetup.slug, organiser))!.agenda;
    expect(after).toMatchObject({ id: item!.id, title: "Keynote, neu", type: "talk", durationMinutes: 30, solutions: [] });
    expect(berlinWallClock(after!.startsAt).time).toBe("11:00");
    expect(after!.speakers.map((s) => s.name)).toEqual([`Erika Vortrag ${runId}`]);

    expect((await actions.updateAgendaItemAction(meetup.slug, empty, edit({ itemId: "../nope" }))).errors).toEqual({ form: ["errors.meetups.notFound"] });
    expect((await actions.updateAgendaItemAction(meetup.slug, empty, edit({ itemId: crypto.randomUUID() }))).errors).toEqual({ form: ["errors.meetups.notFound"] });
    session.userId = stranger;
    const refused = await actions.updateAgendaItemAction(meetup.slug, empty, edit({ title: "Übernommen" }));
    expect(refused.errors).toEqual({ form: ["errors.meetups.notAllowed"] });
    expect((await getMeetupBySlug(meetup.slug, organiser))!.agenda[0]?.title).toBe("Keynote, neu");
  });

  it("adds and removes materials, saves minutes and names the field of a bad link", async () => {
    const meetup = await createPublished(organiser);
    session.userId = organiser;
    const bad = await actions.addMaterialAction(meetup.id, meetup.slug, empty, form({ kind: "slides", title: "Folien Keynote", url: "javascript:alert(1)" }));
    expect(bad.errors.url).toEqual(["errors.meetups.materialUrlInvalid"]);
    expect(bad.values.title).toBe("Folien Keynote");

    expect((await actions.addMaterialAction(meetup.id, meetup.slug, empty, form({ kind: "slides", title: "Folien Keynote", url: "https://example.org/k.pdf" }))).message).toBe(
      "meetups.manage.materials.added",
    );
    const saved = await actions.setMinutesAction(meetup.id, meetup.slug, empty, form({ minutes: "## Ergebnisse\n\nNächstes Treffen in Leipzig." }));
    expect(saved.message).toBe("meetups.manage.minutes.saved");
    const detail = (await getMeetupBySlug(meetup.slug, organiser))!;
    expect(detail.minutes).toBe("## Ergebnisse\n\nNächstes Treffen in Leipzig.");
    expect((await actions.removeMaterialAction(meetup.slug, empty, form({ materialId: detail.materials[0]!.id }))).message).toBe("meetups.manage.materials.removed");
    expect(await db.$count(meetupMaterials, eq(meetupMaterials.meetupId, meetup.id))).toBe(0);
  });

  it("records attendance from the checkboxes once the meetup has begun, unticked meaning absent", async () => {
    const meetup = await createPublished(organiser);
    const [came, stayedAway] = [await newMember(), await newMember()];
    for (const userId of [came!, stayedAway!]) await registerForMeetup({ meetupId: meetup.id, userId, listPublicly: false });
    session.userId = organiser;

    const early = await actions.markAttendanceAction(meetup.id, meetup.slug, empty, form({ participant: [came!, stayedAway!], attended: [came!] }));
    expect(early.errors.form).toEqual(["errors.meetups.notStarted"]);
    expect(early.values.attended).toBe(came);

    await db.update(meetups).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(meetups.id, meetup.id));
    const saved = await actions.markAttendanceAction(meetup.id, meetup.slug, empty, form({ participant: [came!, stayedAway!], attended: [came!] }));
    expect(saved.message).toBe("meetups.manage.participants.attendanceSaved");
    const rows = await db
      .select({ userId: meetupRegistrations.userId, attended: meetupRegistrations.attended })
      .from(meetupRegistrations)
      .where(eq(meetupRegistrations.meetupId, meetup.id));
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.attended]))).toEqual({ [came!]: true, [stayedAway!]: false });

    session.userId = stranger;
    const refused = await actions.markAttendanceAction(meetup.id, meetup.slug, empty, form({ participant: [came!], attended: [] }));
    expect(refused.errors.form).toEqual(["errors.meetups.notAllowed"]);
  });

  it("adds a co-organiser by e-mail address, and tells a non-organiser nothing about which addresses exist", async () => {
    const meetup = await createPublished(organiser);
    const colleague = await newMember();
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, colleague));

    session.userId = stranger;
    expect((await actions.addCoOrganiserAction(meetup.id, meetup.slug, empty, form({ email: "niemand@example.org" }))).errors).toEqual({
      form: ["errors.meetups.notAllowed"],
    });
    expect((await actions.addCoOrganiserAction(meetup.id, meetup.slug, empty, form({ email: row!.email! }))).errors).toEqual({ form: ["errors.meetups.notAllowed"] });

    session.userId = organiser;
    expect((await actions.addCoOrganiserAction(meetup.id, meetup.slug, empty, form({ email: "kein-at-zeichen" }))).errors.email).toEqual(["errors.emailInvalid"]);
    const unknown = await actions.addCoOrganiserAction(meetup.id, meetup.slug, empty, form({ email: "niemand@example.org" }));
    expect(unknown.errors.email).toEqual(["errors.meetups.coOrganiserEmailUnknown"]);
    expect(unknown.values.email).toBe("niemand@example.org");
    const added = await actions.addCoOrganiserAction(meetup.id, meetup.slug, empty, form({ email: ` ${row!.email!.toUpperCase()} ` }));
    expect(added.message).toBe("meetups.manage.coOrganisers.added");
    const organisers = await db.select({ userId: meetupOrganisers.userId }).from(meetupOrganisers).where(eq(meetupOrganisers.meetupId, meetup.id));
    expect(organisers.map((o) => o.userId).sort()).toEqual([organiser, colleague].sort());

    expect((await actions.removeCoOrganiserAction(meetup.id, meetup.slug, empty, form({ userId: colleague }))).message).toBe("meetups.manage.coOrganisers.removed");
    expect((await actions.removeCoOrganiserAction(meetup.id, meetup.slug, empty, form({ userId: organiser }))).errors.form).toEqual(["errors.meetups.lastOrganiser"]);
  });

  it("publishes a draft for its organiser only", async () => {
    const draft = await createDraft(organiser);
    session.userId = stranger;
    // "Not found", like an unknown meetup: a stranger cannot probe for drafts.
    expect((await actions.publishMeetupAction(draft.id, draft.slug, empty, form({}))).errors.form).toEqual(["errors.meetups.notFound"]);
    expect((await meetupState(draft.id))?.state).toBe("draft");
    session.userId = organiser;
    // The publish box goes away with the draft state, so the manage page says what happened.
    await expect(actions.publishMeetupAction(draft.id, draft.slug, empty, form({}))).rejects.toMatchObject({
      digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;.*/meetups/${draft.slug}/manage\\?saved=published;`)),
    });
    expect((await meetupState(draft.id))?.state).toBe("published");
  });
});

describe("GET /meetups/[slug]/participants.csv", () => {
  const get = (slug: string) =>
    participantsCsv(new Request(`http://localhost/meetups/${slug}/participants.csv`), { params: Promise.resolve({ slug }) });

  it("answers 404 to anonymous callers, other members and for unknown meetups alike", async () => {
    const meetup = await createPublished(organiser);
    const anonymous = await get(meetup.slug);
    expect(anonymous.status).toBe(404);
    session.userId = stranger;
    const other = await get(meetup.slug);
    expect(other.status).toBe(404);
    const unknown = await get(`gibt-es-nicht-${runId.toLowerCase()}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(await (await get(meetup.slug)).json());
    expect((await get("../etc/passwd")).status).toBe(404);
  });

  it("gives the organiser a UTF-8 CSV with BOM, semicolons and German headings", async () => {
    const meetup = await createPublished(organiser);
    const participant = await newMember({ name: `Jürgen Weiß ${runId}` });
    await registerForMeetup({ meetupId: meetup.id, userId: participant, note: 'Vegetarisch; "ohne" Nüsse', listPublicly: true });
    session.userId = organiser;

    const response = await get(meetup.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${meetup.slug}-teilnehmende.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const [header, first] = text.slice(1).split("\r\n");
    expect(header).toBe("Status;Wartelistenplatz;Name;E-Mail;Kommune;Anmerkung;Öffentlich gelistet;Angemeldet am (Europe/Berlin);Teilgenommen");
    expect(first).toContain(`angemeldet;;Jürgen Weiß ${runId};`);
    expect(first).toContain(';"Vegetarisch; ""ohne"" Nüsse";ja;');
  });
});
