import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { ozgServices } from "@/db/schema";
import { createSolution } from "@/lib/solutions/mutations";
import { solutionFormInput, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { addAgendaItem, removeAgendaItem, reorderAgendaItems, updateAgendaItem } from "./agenda-mutations";
import { getMeetupBySlug, listMeetups, listMeetupsPresentingSolution } from "./queries";
import { agendaItemInput } from "./schema";
import { createDraft, createPublished, meetupFormInput, newMember, runId } from "./test-fixtures";
import { berlinWallClock } from "./time";

let organiser: string;
let speaker: string;
let solution: { id: string; slug: string };
let draftSolution: { id: string };
let wohngeldThemenfeld: number;

beforeAll(async () => {
  organiser = await newMember({ role: "organiser" });
  speaker = await newMember({ name: `Jana Vortrag ${runId}` });
  const author = await newMember();
  const published = await createSolution({ authorId: author, input: solutionFormInput({ title: `Wohngeld digital ${runId}` }) });
  const draft = await createSolution({ authorId: author, input: solutionFormInput({ title: `Noch geheim ${runId}`, intent: "draft" }) });
  if (!published.ok || !draft.ok) throw new Error("createSolution failed");
  solution = published;
  draftSolution = draft;
  const [service] = await db.select({ themenfeldId: ozgServices.themenfeldId }).from(ozgServices).where(eq(ozgServices.id, WOHNGELD));
  wohngeldThemenfeld = service!.themenfeldId;
});

/** An agenda item on the meetup's day (fixtures: 10:00–16:00 Berlin). */
function item(meetup: { startsAt: Date }, overrides: Record<string, unknown> = {}) {
  return agendaItemInput.parse({
    title: "Keynote: Digitale Verwaltung",
    type: "keynote",
    date: berlinWallClock(meetup.startsAt).date,
    time: "10:00",
    durationMinutes: "45",
    ...overrides,
  });
}

describe("agenda", () => {
  it("adds items with member and guest speakers and linked solutions, and lists them in order", async () => {
    const values = meetupFormInput({ title: `Mit Agenda ${runId}` });
    const meetup = await createPublished(organiser, values);
    const keynote = await addAgendaItem({
      meetupId: meetup.id,
      userId: organiser,
      input: item(values, { speakers: [{ userId: speaker }, { guestName: "Prof. Gast" }], solutionIds: [solution.id] }),
    });
    const lunch = await addAgendaItem({ meetupId: meetup.id, userId: organiser, input: item(values, { title: "Mittagspause", type: "break", time: "12:00", durationMinutes: "60" }) });
    expect(keynote.ok && lunch.ok).toBe(true);

    const detail = await getMeetupBySlug(meetup.slug);
    expect(detail?.agenda.map((a) => [a.position, a.title, a.type, a.durationMinutes])).toEqual([
      [0, "Keynote: Digitale Verwaltung", "keynote", 45],
      [1, "Mittagspause", "break", 60],
    ]);
    expect(detail?.agenda[0]?.speakers).toEqual([
      { userId: speaker, name: `Jana Vortrag ${runId}`, municipalityName: "Fellbach" },
      { userId: null, name: "Prof. Gast", municipalityName: null },
    ]);
    expect(detail?.agenda[0]?.solutions).toEqual([{ id: solution.id, slug: solution.slug, title: `Wohngeld digital ${runId}`, municipalityName: "Fellbach" }]);
    expect(detail?.agenda[0]?.endsAt.getTime()).toBe(values.startsAt.getTime() + 45 * 60_000);

    expect(await listMeetupsPresentingSolution(solution.id)).toEqual([
      { id: meetup.id, slug: meetup.slug, title: values.title, startsAt: values.startsAt, endsAt: values.endsAt },
    ]);
    const byThemenfeld = await listMeetups({ when: "upcoming", themenfeld: wohngeldThemenfeld, page: 1, pageSize: 100 });
    expect(byThemenfeld.items.map((m) => m.id)).toContain(meetup.id);
    const otherThemenfeld = await listMeetups({ when: "upcoming", themenfeld: wohngeldThemenfeld + 1, page: 1, pageSize: 100 });
    expect(otherThemenfeld.items.map((m) => m.id)).not.toContain(meetup.id);
  });

  it("replaces speakers and solutions on update, reorders and removes items", async () => {
    const values = meetupFormInput();
    const meetup = await createPublished(organiser, values);
    const a = await addAgendaItem({ meetupId: meetup.id, userId: organiser, input: item(values, { title: "Erster Punkt", speakers: [{ guestName: "Gast" }], solutionIds: [solution.id] }) });
    const b = await addAgendaItem({ meetupId: meetup.id, userId: organiser, input: item(values, { title: "Zweiter Punkt", time: "11:00" }) });
    if (!a.ok || !b.ok) throw new Error("addAgendaItem failed");

    expect(await updateAgendaItem({ itemId: a.id, userId: organiser, input: item(values, { title: "Erster Punkt, neu", type: "talk", speakers: [{ userId: speaker }] }) })).toEqual({ ok: true });
    expect(await reorderAgendaItems({ meetupId: meetup.id, userId: organiser, itemIds: [b.id, a.id] })).toEqual({ ok: true });
    let detail = await getMeetupBySlug(meetup.slug);
    expect(detail?.agenda.map((i) => i.title)).toEqual(["Zweiter Punkt", "Erster Punkt, neu"]);
    expect(detail?.agenda[1]?.speakers.map((s) => s.userId)).toEqual([speaker]);
    expect(detail?.agenda[1]?.solutions).toEqual([]);
    expect(await listMeetupsPresentingSolution(solution.id)).not.toContainEqual(expect.objectContaining({ id: meetup.id }));

    expect(await reorderAgendaItems({ meetupId: meetup.id, userId: organiser, itemIds: [a.id] })).toEqual({ ok: false, errors: { form: ["errors.meetups.agendaOrderInvalid"] } });
    expect(await reorderAgendaItems({ meetupId: meetup.id, userId: organiser, itemIds: [a.id, a.id] })).toEqual({ ok: false, errors: { form: ["errors.meetups.agendaOrderInvalid"] } });
    expect(await removeAgendaItem({ itemId: b.id, userId: organiser })).toEqual({ ok: true });
    detail = await getMeetupBySlug(meetup.slug);
    expect(detail?.agenda.map((i) => i.title)).toEqual(["Erster Punkt, neu"]);
  });

  it("refuses items outside the meetup's time, unknown speakers and unpublished solutions", async () => {
    const values = meetupFormInput();
    const meetup = await createDraft(organiser, values);
    const result = await addAgendaItem({
      meetupId: meetup.id,
      userId: organiser,
      input: item(values, { time: "15:30", durationMinutes: "60", speakers: [{ userId: "no-such-user" }], solutionIds: [draftSolution.id] }),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        time: ["errors.meetups.agendaOutsideMeetup"],
        speakers: ["errors.meetups.speakerUnknown"],
        solutionIds: ["errors.meetups.solutionUnknown"],
      },
    });
    expect((await addAgendaItem({ meetupId: meetup.id, userId: organiser, input: item(values, { time: "15:00", durationMinutes: "60" }) })).ok).toBe(true);
  });

  it("is for the meetup's organisers and admins only", async () => {
    const values = meetupFormInput();
    const meetup = await createPublished(organiser, values);
    const own = await addAgendaItem({ meetupId: meetup.id, userId: organiser, input: item(values) });
    if (!own.ok) throw new Error("addAgendaItem failed");
    const stranger = await newMember({ role: "organiser" });
    const refused = { ok: false, errors: { form: ["errors.meetups.notAllowed"] } };
    expect(await addAgendaItem({ meetupId: meetup.id, userId: stranger, input: item(values) })).toEqual(refused);
    expect(await updateAgendaItem({ itemId: own.id, userId: stranger, input: item(values) })).toEqual(refused);
    expect(await removeAgendaItem({ itemId: own.id, userId: stranger })).toEqual(refused);
    expect(await reorderAgendaItems({ meetupId: meetup.id, userId: stranger, itemIds: [own.id] })).toEqual(refused);
    expect(await removeAgendaItem({ itemId: "nope", userId: organiser })).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    const admin = await newMember({ role: "admin" });
    expect(await removeAgendaItem({ itemId: own.id, userId: admin })).toEqual({ ok: true });
  });
});
