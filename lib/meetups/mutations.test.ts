import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { jobOutbox, meetupOrganisers, meetups } from "@/db/schema";
import { MEETUP_MAIL_JOB } from "./jobs";
import { addCoOrganiser, addMaterial, cancelMeetup, createMeetup, publishMeetup, removeCoOrganiser, removeMaterial, setMinutes, updateMeetup } from "./mutations";
import { getMeetupBySlug } from "./queries";
import { registerForMeetup } from "./registration-mutations";
import { createDraft, createPublished, meetupFormInput, newMember, runId } from "./test-fixtures";

async function storedTimes(id: string) {
  const [row] = await queryRows<{ starts: string; ends: string }>(
    sql`select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as starts, to_char(ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as ends from ${meetups} where id = ${id}`,
  );
  return row;
}

async function sequenceOf(id: string) {
  const [row] = await db.select({ sequence: meetups.sequence }).from(meetups).where(eq(meetups.id, id));
  return row!.sequence;
}

async function mailTemplates(meetupId: string) {
  const rows = await db
    .select({ payload: jobOutbox.payload })
    .from(jobOutbox)
    .where(and(eq(jobOutbox.kind, MEETUP_MAIL_JOB), sql`${jobOutbox.payload}->>'meetupId' = ${meetupId}`));
  return rows.map((r) => `${r.payload.template}:${r.payload.userId}`).sort();
}

describe("createMeetup", () => {
  it("creates a draft whose creator is its organiser, with a slug from the title", async () => {
    const organiser = await newMember({ role: "organiser" });
    const result = await createDraft(organiser, meetupFormInput({ title: `Netzwerktreffen Süd ${runId}` }));
    expect(result.slug).toBe(`netzwerktreffen-sued-${runId.toLowerCase()}`);
    const [row] = await db.select({ state: meetups.state, sequence: meetups.sequence, createdById: meetups.createdById }).from(meetups).where(eq(meetups.id, result.id));
    expect(row).toEqual({ state: "draft", sequence: 0, createdById: organiser });
    const organisers = await db.select({ userId: meetupOrganisers.userId }).from(meetupOrganisers).where(eq(meetupOrganisers.meetupId, result.id));
    expect(organisers).toEqual([{ userId: organiser }]);
  });

  it("numbers the slug of a second meetup with the same title, also when both are created at once", async () => {
    const organiser = await newMember({ role: "organiser" });
    const input = meetupFormInput({ title: `Gleicher Titel ${runId}` });
    const [a, b] = await Promise.all([createDraft(organiser, input), createDraft(organiser, input)]);
    expect([a.slug, b.slug].sort()).toEqual([`gleicher-titel-${runId.toLowerCase()}`, `gleicher-titel-${runId.toLowerCase()}-2`]);
  });

  it("lets organisers and admins create meetups, not members or moderators", async () => {
    const admin = await newMember({ role: "admin" });
    expect((await createMeetup({ creatorId: admin, input: meetupFormInput() })).ok).toBe(true);
    for (const role of ["member", "moderator"] as const) {
      const someone = await newMember({ role });
      expect(await createMeetup({ creatorId: someone, input: meetupFormInput() })).toEqual({ ok: false, errors: { form: ["errors.meetups.createNotAllowed"] } });
    }
    expect(await createMeetup({ creatorId: "no-such-user", input: meetupFormInput() })).toEqual({ ok: false, errors: { form: ["errors.meetups.createNotAllowed"] } });
  });

  it("rejects a host AGS that is not in the directory", async () => {
    const organiser = await newMember({ role: "organiser" });
    expect(await createMeetup({ creatorId: organiser, input: meetupFormInput({ hostMunicipalityAgs: "12345678" }) })).toEqual({
      ok: false,
      errors: { hostMunicipalityAgs: ["errors.meetups.municipalityUnknown"] },
    });
  });

  it("stores times on the last Sundays of March and October in UTC", async () => {
    const organiser = await newMember({ role: "organiser" });
    const spring = await createDraft(organiser, meetupFormInput({ startDate: "2027-03-28", startTime: "03:00", endDate: "2027-03-28", endTime: "12:00" }));
    expect(await storedTimes(spring.id)).toEqual({ starts: "2027-03-28T01:00", ends: "2027-03-28T10:00" });
    // 02:30 happens twice that night; the first (still summer time) is taken.
    const autumn = await createDraft(organiser, meetupFormInput({ startDate: "2027-10-31", startTime: "02:30", endDate: "2027-10-31", endTime: "12:00" }));
    expect(await storedTimes(autumn.id)).toEqual({ starts: "2027-10-31T00:30", ends: "2027-10-31T11:00" });
    // …and both drivers hand back the same instants.
    const detail = await getMeetupBySlug(autumn.slug, organiser);
    expect(detail?.startsAt.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(detail?.endsAt.toISOString()).toBe("2027-10-31T11:00:00.000Z");
  });
});

describe("updateMeetup", () => {
  it("is open to the meetup's organisers and admins only", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput();
    const meetup = await createDraft(organiser, values);
    const otherOrganiser = await newMember({ role: "organiser" });
    const moderator = await newMember({ role: "moderator" });
    const member = await newMember();
    for (const userId of [otherOrganiser, moderator, member]) {
      // A draft of others is "not found", so that its existence cannot be probed.
      expect(await updateMeetup({ meetupId: meetup.id, userId, input: { ...values, title: "Übernommen" } })).toEqual({
        ok: false,
        errors: { form: ["errors.meetups.notFound"] },
      });
    }
    const admin = await newMember({ role: "admin" });
    expect((await updateMeetup({ meetupId: meetup.id, userId: admin, input: { ...values, title: `Vom Admin ${runId}` } })).ok).toBe(true);
    const coOrganiser = await newMember();
    await addCoOrganiser({ meetupId: meetup.id, userId: organiser, coOrganiserId: coOrganiser });
    expect((await updateMeetup({ meetupId: meetup.id, userId: coOrganiser, input: { ...values, title: `Von der Kollegin ${runId}` } })).ok).toBe(true);
    expect(await updateMeetup({ meetupId: "00000000-0000-4000-8000-000000000000", userId: admin, input: values })).toEqual({
      ok: false,
      errors: { form: ["errors.meetups.notFound"] },
    });
  });

  it("bumps the sequence and tells seat and waitlist holders when the time changes", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput({ capacity: "1" });
    const meetup = await createPublished(organiser, values);
    const [seat, waiting, gone] = [await newMember(), await newMember(), await newMember()];
    for (const userId of [seat, waiting, gone]) await registerForMeetup({ meetupId: meetup.id, userId, listPublicly: false });
    await db.execute(sql`update meetup_registrations set status = 'cancelled' where user_id = ${gone}`);
    const before = await sequenceOf(meetup.id);

    const moved = await updateMeetup({ meetupId: meetup.id, userId: organiser, input: { ...values, startsAt: new Date(values.startsAt.getTime() + 3_600_000) } });

    expect(moved).toMatchObject({ ok: true, sequence: before + 1, scheduleChanged: true, notifiedUserIds: [seat, waiting], promotedUserIds: [] });
    expect((await mailTemplates(meetup.id)).filter((t) => t.startsWith("meetup_changed"))).toEqual([`meetup_changed:${seat}`, `meetup_changed:${waiting}`].sort());
  });

  it("bumps the sequence for a new place, format or link, but not for a new title or description", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput();
    const meetup = await createPublished(organiser, values);
    const start = await sequenceOf(meetup.id);
    const retitled = await updateMeetup({ meetupId: meetup.id, userId: organiser, input: { ...values, title: `Neuer Titel ${runId}`, description: "Neu." } });
    expect(retitled).toMatchObject({ ok: true, sequence: start, scheduleChanged: false, notifiedUserIds: [] });
    const changes = [{ venueName: "Schwabenlandhalle" }, { onlineUrl: "https://meet.example.org/neu" }, { format: "in_person" as const, onlineUrl: null }];
    let current = { ...values, title: `Neuer Titel ${runId}`, description: "Neu." };
    for (const [i, change] of changes.entries()) {
      current = { ...current, ...change };
      expect(await updateMeetup({ meetupId: meetup.id, userId: organiser, input: current })).toMatchObject({ ok: true, sequence: start + i + 1, scheduleChanged: true });
    }
  });
});

describe("publishMeetup and cancelMeetup", () => {
  it("publishes once, bumping the sequence, and treats a second publish as done", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createDraft(organiser);
    const first = await publishMeetup({ meetupId: meetup.id, userId: organiser });
    expect(first).toEqual({ ok: true, slug: meetup.slug, sequence: 1 });
    expect(await publishMeetup({ meetupId: meetup.id, userId: organiser })).toEqual({ ok: true, slug: meetup.slug, sequence: 1 });
    const [row] = await db.select({ state: meetups.state, publishedAt: meetups.publishedAt }).from(meetups).where(eq(meetups.id, meetup.id));
    expect(row?.state).toBe("published");
    expect(row?.publishedAt).toBeInstanceOf(Date);
    expect(await publishMeetup({ meetupId: meetup.id, userId: await newMember({ role: "organiser" }) })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
  });

  it("cancels with a reason, bumps the sequence and tells everyone holding a place, once", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "1" }));
    const [seat, waiting] = [await newMember(), await newMember()];
    for (const userId of [seat, waiting]) await registerForMeetup({ meetupId: meetup.id, userId, listPublicly: false });
    const before = await sequenceOf(meetup.id);

    const result = await cancelMeetup({ meetupId: meetup.id, userId: organiser, reason: "Referentin erkrankt" });

    expect(result).toEqual({ ok: true, sequence: before + 1, notifiedUserIds: [seat, waiting] });
    expect((await mailTemplates(meetup.id)).filter((t) => t.startsWith("meetup_cancelled"))).toEqual([`meetup_cancelled:${seat}`, `meetup_cancelled:${waiting}`].sort());
    const [row] = await db.select({ state: meetups.state, cancelReason: meetups.cancelReason }).from(meetups).where(eq(meetups.id, meetup.id));
    expect(row).toEqual({ state: "cancelled", cancelReason: "Referentin erkrankt" });
    expect(await cancelMeetup({ meetupId: meetup.id, userId: organiser, reason: "nochmal" })).toEqual({ ok: false, errors: { form: ["errors.meetups.meetupCancelled"] } });
    expect(await publishMeetup({ meetupId: meetup.id, userId: organiser })).toEqual({ ok: false, errors: { form: ["errors.meetups.meetupCancelled"] } });
    expect(await updateMeetup({ meetupId: meetup.id, userId: organiser, input: meetupFormInput() })).toEqual({ ok: false, errors: { form: ["errors.meetups.meetupCancelled"] } });
  });

  it("refuses cancellation by anyone but the organisers and admins", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    expect(await cancelMeetup({ meetupId: meetup.id, userId: await newMember(), reason: "Ich will nicht" })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    expect((await cancelMeetup({ meetupId: meetup.id, userId: await newMember({ role: "admin" }), reason: "Doppelt angelegt" })).ok).toBe(true);
  });
});

describe("co-organisers", () => {
  it("adds any member as co-organiser and keeps at least one organiser", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createDraft(organiser);
    const colleague = await newMember();
    expect(await addCoOrganiser({ meetupId: meetup.id, userId: colleague, coOrganiserId: colleague })).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    expect(await addCoOrganiser({ meetupId: meetup.id, userId: organiser, coOrganiserId: "no-such-user" })).toEqual({
      ok: false,
      errors: { coOrganiserId: ["errors.meetups.coOrganiserUnknown"] },
    });
    expect(await addCoOrganiser({ meetupId: meetup.id, userId: organiser, coOrganiserId: colleague })).toEqual({ ok: true });
    expect(await addCoOrganiser({ meetupId: meetup.id, userId: organiser, coOrganiserId: colleague })).toEqual({ ok: true });
    expect(await removeCoOrganiser({ meetupId: meetup.id, userId: colleague, coOrganiserId: organiser })).toEqual({ ok: true });
    expect(await removeCoOrganiser({ meetupId: meetup.id, userId: colleague, coOrganiserId: colleague })).toEqual({
      ok: false,
      errors: { coOrganiserId: ["errors.meetups.lastOrganiser"] },
    });
  });
});

describe("materials and minutes", () => {
  it("lets organisers attach and remove materials and write minutes", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const member = await newMember();
    const slides = { kind: "slides" as const, title: "Folien Keynote", url: "https://example.org/folien.pdf" };
    expect(await addMaterial({ meetupId: meetup.id, userId: member, input: slides })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    const added = await addMaterial({ meetupId: meetup.id, userId: organiser, input: slides });
    expect(added.ok).toBe(true);
    await addMaterial({ meetupId: meetup.id, userId: organiser, input: { kind: "minutes", title: "Protokoll", url: null } });
    expect(await setMinutes({ meetupId: meetup.id, userId: member, minutes: "# Protokoll" })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    expect(await setMinutes({ meetupId: meetup.id, userId: organiser, minutes: "# Protokoll\n\n- Ergebnis" })).toEqual({ ok: true });

    let detail = await getMeetupBySlug(meetup.slug);
    expect(detail?.materials.map((m) => [m.kind, m.title, m.url])).toEqual([
      ["slides", "Folien Keynote", "https://example.org/folien.pdf"],
      ["minutes", "Protokoll", null],
    ]);
    expect(detail?.minutes).toBe("# Protokoll\n\n- Ergebnis");

    if (!added.ok) throw new Error("unreachable");
    expect(await removeMaterial({ materialId: added.id, userId: member })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    expect(await removeMaterial({ materialId: added.id, userId: organiser })).toEqual({ ok: true });
    expect(await removeMaterial({ materialId: added.id, userId: organiser })).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    await setMinutes({ meetupId: meetup.id, userId: organiser, minutes: "  " });
    detail = await getMeetupBySlug(meetup.slug);
    expect(detail?.materials).toHaveLength(1);
    expect(detail?.minutes).toBeNull();
  });
});
