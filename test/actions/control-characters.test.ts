import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDraft, meetupFormValues, newMember as newMeetupMember } from "@/lib/meetups/test-fixtures";
import { berlinWallClock } from "@/lib/meetups/time";
import { FELLBACH, newMember, runId, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { empty, form } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// A NUL byte made Postgres throw (HTTP 500, input lost); other control characters are never typed.
// Every form answers with a message next to the field and keeps what was sent. Tab, newline and CR
// stay allowed in multi-line fields (textareas), nowhere else.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const solutions = await import("@/lib/solutions/actions");
const meetups = await import("@/lib/meetups/actions");
const organiser = await import("@/lib/meetups/organiser-actions");
const members = await import("@/lib/members/actions");
const profile = await import("@/lib/members/profile-actions");

const CONTROL = "errors.input.fieldControlCharacters";
const stringValues = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) as Record<string, string>;

const solutionForm = (overrides: Record<string, string> = {}) =>
  form({
    title: `Wohngeld digital ${runId}`,
    summary: "Der Wohngeldantrag läuft komplett online.",
    body: "## Umsetzung\n\nOnline.",
    serviceIds: [String(WOHNGELD)],
    municipalityAgs: FELLBACH,
    status: "live",
    maturity: "3",
    intent: "draft",
    ...overrides,
  });

let organiserId: string;
let meetup: { id: string; slug: string };

beforeAll(async () => {
  organiserId = await newMeetupMember({ role: "organiser" });
  meetup = await createDraft(organiserId);
});

beforeEach(() => {
  session.userId = null;
});

describe("control characters in form fields", () => {
  it.each([
    ["title", `Wohngeld\u0000 digital ${runId}`],
    ["summary", "Zusammen\u0000fassung"],
    ["body", "Text mit Glocke \u0007"],
    ["lessonsLearned", "Gelernt\u001b[31m"],
    ["software", "Soft\u0000ware"],
    ["vendor", "Anbieter\u0085"],
    ["contactName", "Anna\u0000"],
    ["tags", "eAkte, Wohn\u0000geld"],
    ["link-0-label", "Marktplatz\u0000"],
    ["title", `Zwei\nZeilen ${runId}`],
  ])("refuses %s with a message next to it and keeps the input", async (field, value) => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const extra: Record<string, string> = field.startsWith("link-0") ? { "link-0-kind": "website", "link-0-url": "https://example.org/x" } : {};
    const state = await solutions.createSolutionAction(empty, solutionForm({ ...extra, [field]: value }));
    expect(state.errors[field]).toEqual([CONTROL]);
    expect(state.values[field]).toBe(value);
  });

  it("keeps tab, newline and CR in multi-line fields", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const state = await solutions
      .createSolutionAction(empty, solutionForm({ body: "Zeile 1\r\n\tZeile 2", summary: "Kurz\r\nund gut", lessonsLearned: "a\nb" }))
      .catch((error: { digest?: string }) => (String(error.digest).startsWith("NEXT_REDIRECT") ? null : Promise.reject(error)));
    expect(state).toBeNull();
  });

  it("refuses them in the meetup form, the agenda, materials, minutes, cancellation and registration", async () => {
    session.userId = organiserId;
    const created = await meetups.createMeetupAction(empty, form(stringValues(meetupFormValues({ venueName: "Rathaus\u0000" }))));
    expect(created.errors.venueName).toEqual([CONTROL]);
    expect(created.values.venueName).toBe("Rathaus\u0000");
    const described = await meetups.updateMeetupAction(meetup.id, meetup.slug, empty, form(stringValues(meetupFormValues({ description: "Programm\u0000" }))));
    expect(described.errors.description).toEqual([CONTROL]);

    const day = berlinWallClock(new Date(Date.now() + 10 * 86_400_000)).date;
    const agenda = await organiser.addAgendaItemAction(
      meetup.id,
      meetup.slug,
      empty,
      form({ title: "Keynote\u0000", type: "keynote", date: day, time: "10:00", durationMinutes: "45", "speakers-0-guestName": "Gast\u0000" }),
    );
    expect(agenda.errors.title).toEqual([CONTROL]);
    expect(agenda.errors["speakers-0-guestName"]).toEqual([CONTROL]);
    expect(agenda.values.title).toBe("Keynote\u0000");

    const material = await organiser.addMaterialAction(meetup.id, meetup.slug, empty, form({ kind: "link", title: "Folien\u0000", url: "https://example.org/f.pdf" }));
    expect(material.errors.title).toEqual([CONTROL]);
    const minutes = await organiser.setMinutesAction(meetup.id, meetup.slug, empty, form({ minutes: "Protokoll\u0000" }));
    expect(minutes.errors.minutes).toEqual([CONTROL]);
    expect(minutes.values.minutes).toBe("Protokoll\u0000");
    const cancel = await organiser.cancelMeetupAction(meetup.id, meetup.slug, empty, form({ reason: "Krank\u0000", confirmed: "yes" }));
    expect(cancel.errors.reason).toEqual([CONTROL]);

    session.userId = await newMeetupMember();
    const registered = await meetups.registerAction(meetup.id, meetup.slug, empty, form({ note: "Vegetarisch\u0000" }));
    expect(registered.errors.note).toEqual([CONTROL]);
  });

  it("refuses them in the profile", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const state = await members.saveProfileAction(empty, form({ name: "Anna\u0000 Beispiel", municipalityAgs: FELLBACH, roleTitle: "CDO\u0007" }));
    expect(state.errors.name).toEqual([CONTROL]);
    expect(state.errors.roleTitle).toEqual([CONTROL]);
    expect(state.values.name).toBe("Anna\u0000 Beispiel");
  });

  it("refuses them in the profile details, keeps line breaks in bio and software list, and keeps the input", async () => {
    session.userId = await newMember({ municipalityAgs: FELLBACH });
    const state = await profile.saveProfileDetailsAction(empty, form({ bio: "Zeile 1\nZeile\u0000 2", phone: "0711\u0007 123", software: "Fachverfahren X\r\nFormularserver", showEmail: "on" }));
    expect(state.errors).toEqual({ bio: [CONTROL], phone: [CONTROL] });
    expect(state.values).toMatchObject({ bio: "Zeile 1\nZeile\u0000 2", phone: "0711\u0007 123", software: "Fachverfahren X\r\nFormularserver", showEmail: "on" });
    const withService = await profile.saveProfileDetailsAction(empty, form({ phone: "ruf an", serviceIds: [String(WOHNGELD)] }));
    expect(withService.errors).toEqual({ phone: ["errors.profile.phoneInvalid"] });
    expect(JSON.parse(withService.values.servicesJson!)).toEqual([{ id: WOHNGELD, name: "Wohngeld" }]);
  });
});
