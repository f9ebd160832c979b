import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getConnection, queryRows } from "@/db/client";
import { jobOutbox, meetupRegistrations, meetups } from "@/db/schema";
import { MEETUP_MAIL_JOB } from "./jobs";
import { cancelMeetup, updateMeetup } from "./mutations";
import { getParticipantsForOrganiser } from "./participant-queries";
import { cancelRegistration, markAttendance, registerForMeetup } from "./registration-mutations";
import { createDraft, createPublished, DAY, HOUR, meetupAt, meetupFormInput, newMember } from "./test-fixtures";

async function mailJobs(meetupId: string, template?: string) {
  const rows = await db
    .select({ payload: jobOutbox.payload })
    .from(jobOutbox)
    .where(and(eq(jobOutbox.kind, MEETUP_MAIL_JOB), sql`${jobOutbox.payload}->>'meetupId' = ${meetupId}`));
  return rows
    .map((r) => r.payload as { template: string; userId: string })
    .filter((p) => template === undefined || p.template === template);
}

const register = (meetupId: string, userId: string, extra: { note?: string; listPublicly?: boolean } = {}) =>
  registerForMeetup({ meetupId, userId, note: extra.note, listPublicly: extra.listPublicly ?? false });

async function membersRegistered(meetupId: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await newMember();
    const result = await register(meetupId, id);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    ids.push(id);
  }
  return ids;
}

describe("registerForMeetup", () => {
  it("gives 20 concurrent registrations for 5 seats exactly 5 seats and 15 waitlist places", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "5" }));
    const members = await Promise.all(Array.from({ length: 20 }, () => newMember()));

    const results = await Promise.all(members.map((userId) => register(meetup.id, userId)));

    expect(results.every((r) => r.ok)).toBe(true);
    const statuses = results.map((r) => (r.ok ? r.status : "failed"));
    expect(statuses.filter((s) => s === "registered")).toHaveLength(5);
    expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(15);
    const positions = results.flatMap((r) => (r.ok && r.waitlistPosition !== null ? [r.waitlistPosition] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

    const [counts] = await queryRows<{ registered: number; waitlisted: number }>(sql`
      select count(*) filter (where status = 'registered')::int as registered,
             count(*) filter (where status = 'waitlisted')::int as waitlisted
      from ${meetupRegistrations} where meetup_id = ${meetup.id}`);
    expect(counts).toEqual({ registered: 5, waitlisted: 15 });

    // The positions each member was told match the order the organisers see.
    const list = await getParticipantsForOrganiser(meetup.id, organiser);
    const told = new Map(results.map((r, i) => [members[i], r.ok ? r.waitlistPosition : null]));
    for (const row of list!.filter((p) => p.status === "waitlisted")) expect(row.waitlistPosition).toBe(told.get(row.userId));

    expect(await mailJobs(meetup.id, "registration_confirmed")).toHaveLength(5);
    expect(await mailJobs(meetup.id, "waitlisted")).toHaveLength(15);

    if (getConnection().kind === "postgres") {
      // On a server the transactions really overlapped: the pool opened several connections.
      const [activity] = await queryRows<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where datname = current_database()`);
      expect(activity!.n).toBeGreaterThan(2);
    }
  });

  it("is idempotent for a member who already holds a place, and keeps the new note", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const member = await newMember();
    const first = await register(meetup.id, member, { note: "vegetarisch" });
    const again = await register(meetup.id, member, { note: "vegan", listPublicly: true });
    expect(first).toEqual({ ok: true, status: "registered", waitlistPosition: null, alreadyRegistered: false });
    expect(again).toEqual({ ok: true, status: "registered", waitlistPosition: null, alreadyRegistered: true });
    const [row] = await db.select().from(meetupRegistrations).where(eq(meetupRegistrations.userId, member));
    expect(row).toMatchObject({ note: "vegan", listPublicly: true, status: "registered" });
    expect(await mailJobs(meetup.id)).toHaveLength(1);
  });

  it("refuses registration after the deadline", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupAt(new Date(Date.now() + 2 * DAY), { registrationDeadline: new Date(Date.now() - HOUR) }));
    const result = await register(meetup.id, await newMember());
    expect(result).toEqual({ ok: false, errors: { form: ["errors.meetups.registrationClosed"] } });
  });

  it("refuses registration once a meetup without a deadline has started", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupAt(new Date(Date.now() - HOUR)));
    expect(await register(meetup.id, await newMember())).toEqual({ ok: false, errors: { form: ["errors.meetups.registrationClosed"] } });
  });

  it("refuses registration for a cancelled meetup and for a draft", async () => {
    const organiser = await newMember({ role: "organiser" });
    const member = await newMember();
    const cancelled = await createPublished(organiser);
    await cancelMeetup({ meetupId: cancelled.id, userId: organiser, reason: "Raum nicht verfügbar" });
    expect(await register(cancelled.id, member)).toEqual({ ok: false, errors: { form: ["errors.meetups.meetupCancelled"] } });
    const draft = await createDraft(organiser);
    expect(await register(draft.id, member)).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    expect(await register("not-a-uuid", member)).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    const none = await db.select().from(meetupRegistrations).where(eq(meetupRegistrations.userId, member));
    expect(none).toEqual([]);
  });

  it("puts someone who registers again after cancelling at the end of the waitlist", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "1" }));
    const [, second, third] = await membersRegistered(meetup.id, 3);
    await cancelRegistration({ meetupId: meetup.id, userId: second! });
    const back = await register(meetup.id, second!);
    expect(back).toMatchObject({ ok: true, status: "waitlisted", waitlistPosition: 2 });
    const list = await getParticipantsForOrganiser(meetup.id, organiser);
    expect(list!.filter((p) => p.status === "waitlisted").map((p) => p.userId)).toEqual([third, second]);
  });
});

describe("cancelRegistration", () => {
  it("promotes the first on the waitlist and enqueues exactly one promotion mail", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "2" }));
    const [first, , third, fourth] = await membersRegistered(meetup.id, 4);

    const result = await cancelRegistration({ meetupId: meetup.id, userId: first! });

    expect(result).toEqual({ ok: true, previousStatus: "registered", promotedUserIds: [third] });
    const promoted = await mailJobs(meetup.id, "promoted");
    expect(promoted).toEqual([{ template: "promoted", meetupId: meetup.id, userId: third }]);
    const list = await getParticipantsForOrganiser(meetup.id, organiser);
    expect(list!.map((p) => [p.userId, p.status, p.waitlistPosition])).toEqual([
      [list![0]!.userId, "registered", null],
      [third, "registered", null],
      [fourth, "waitlisted", 1],
      [first, "cancelled", null],
    ]);
  });

  it("promotes nobody when a waitlisted member cancels", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "1" }));
    const [, second] = await membersRegistered(meetup.id, 3);
    expect(await cancelRegistration({ meetupId: meetup.id, userId: second! })).toEqual({ ok: true, previousStatus: "waitlisted", promotedUserIds: [] });
    expect(await mailJobs(meetup.id, "promoted")).toEqual([]);
  });

  it("says so when there is nothing to cancel", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const member = await newMember();
    expect(await cancelRegistration({ meetupId: meetup.id, userId: member })).toEqual({ ok: false, errors: { form: ["errors.meetups.notRegistered"] } });
    await register(meetup.id, member);
    await cancelRegistration({ meetupId: meetup.id, userId: member });
    expect(await cancelRegistration({ meetupId: meetup.id, userId: member })).toEqual({ ok: false, errors: { form: ["errors.meetups.notRegistered"] } });
  });

  it("keeps seat count and waitlist consistent when cancellations and registrations race", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "3" }));
    const early = await membersRegistered(meetup.id, 6);
    const late = await Promise.all(Array.from({ length: 6 }, () => newMember()));
    await Promise.all([
      ...early.slice(0, 3).map((userId) => cancelRegistration({ meetupId: meetup.id, userId })),
      ...late.map((userId) => register(meetup.id, userId)),
    ]);
    const list = await getParticipantsForOrganiser(meetup.id, organiser);
    expect(list!.filter((p) => p.status === "registered")).toHaveLength(3);
    expect(list!.filter((p) => p.status === "waitlisted")).toHaveLength(6);
    // Those who were waiting before the race got the freed seats, not the newcomers.
    expect(list!.filter((p) => p.status === "registered").map((p) => p.userId).sort()).toEqual(early.slice(3).sort());
  });
});

describe("capacity changes", () => {
  it("moves waitlisted members up when the organiser adds seats", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput({ capacity: "1" });
    const meetup = await createPublished(organiser, values);
    const [, second, third] = await membersRegistered(meetup.id, 3);
    const result = await updateMeetup({ meetupId: meetup.id, userId: organiser, input: { ...values, capacity: 2 } });
    expect(result).toMatchObject({ ok: true, promotedUserIds: [second], scheduleChanged: false });
    expect(await mailJobs(meetup.id, "promoted")).toEqual([{ template: "promoted", meetupId: meetup.id, userId: second }]);
    const newcomer = await register(meetup.id, await newMember());
    expect(newcomer).toMatchObject({ status: "waitlisted", waitlistPosition: 2 });
    expect(third).toBeDefined();
  });
});

describe("markAttendance", () => {
  it("records attendance of seat holders once the meetup has begun, for organisers only", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupAt(new Date(Date.now() + 2 * DAY)));
    const [came, stayedHome] = await membersRegistered(meetup.id, 2);
    const before = await markAttendance({ meetupId: meetup.id, userId: organiser, attendance: [{ userId: came!, attended: true }] });
    expect(before).toEqual({ ok: false, errors: { form: ["errors.meetups.notStarted"] } });

    await db.update(meetups).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(meetups.id, meetup.id));
    const stranger = await newMember();
    expect(await markAttendance({ meetupId: meetup.id, userId: stranger, attendance: [{ userId: came!, attended: true }] })).toEqual({
      ok: false,
      errors: { form: ["errors.meetups.notAllowed"] },
    });
    expect(
      await markAttendance({
        meetupId: meetup.id,
        userId: organiser,
        attendance: [
          { userId: came!, attended: true },
          { userId: stayedHome!, attended: false },
        ],
      }),
    ).toEqual({ ok: true, updated: 2 });
    const unknown = await markAttendance({ meetupId: meetup.id, userId: organiser, attendance: [{ userId: came!, attended: null }, { userId: stranger, attended: true }] });
    expect(unknown).toEqual({ ok: false, errors: { attendance: ["errors.meetups.attendeeUnknown"] } });

    const list = await getParticipantsForOrganiser(meetup.id, organiser);
    // The failed batch was rolled back as a whole: `came` is still marked.
    expect(Object.fromEntries(list!.map((p) => [p.userId, p.attended]))).toEqual({ [came!]: true, [stayedHome!]: false });
  });
});

describe("job payloads", () => {
  it("names template and recipient only, no addresses", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const member = await newMember();
    await register(meetup.id, member);
    expect(await mailJobs(meetup.id)).toEqual([{ template: "registration_confirmed", meetupId: meetup.id, userId: member }]);
    const [stored] = await queryRows<{ text: string }>(
      sql`select payload::text as text from ${jobOutbox} where payload->>'meetupId' = ${meetup.id}`,
    );
    expect(stored!.text).not.toContain("@");
  });
});
