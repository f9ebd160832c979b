import { and, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobOutbox, meetupRegistrations } from "@/db/schema";
import { scheduleMeetupReminders } from "./jobs";
import { cancelMeetup } from "./mutations";
import { registerForMeetup } from "./registration-mutations";
import { createDraft, createPublished, DAY, HOUR, meetupAt, newMember } from "./test-fixtures";

async function remindersFor(meetupId: string) {
  const rows = await db
    .select({ dedupeKey: jobOutbox.dedupeKey, payload: jobOutbox.payload })
    .from(jobOutbox)
    .where(like(jobOutbox.dedupeKey, `reminder:${meetupId}:%`));
  return rows.sort((a, b) => String(a.dedupeKey).localeCompare(String(b.dedupeKey)));
}

async function registerAll(meetupId: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await newMember();
    await registerForMeetup({ meetupId, userId: id, listPublicly: false });
    ids.push(id);
  }
  return ids;
}

/** The dedupe key scheduleMeetupReminders writes: one reminder per member and meetup. */
const reminderKey = (meetupId: string, userId: string) => `reminder:${meetupId}:${userId}`;

describe("scheduleMeetupReminders", () => {
  it("enqueues one reminder per seat holder, once, even when two instances run it at the same time", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupAt(new Date(Date.now() + 24.5 * HOUR), { capacity: 3 }));
    const [a, b, c, waiting] = await registerAll(meetup.id, 4);

    await Promise.all([scheduleMeetupReminders(), scheduleMeetupReminders()]);
    await scheduleMeetupReminders();

    const reminders = await remindersFor(meetup.id);
    expect(reminders.map((r) => r.dedupeKey)).toEqual([a!, b!, c!].map((id) => reminderKey(meetup.id, id)).sort());
    expect(reminders.map((r) => r.payload)).toContainEqual({ template: "reminder", meetupId: meetup.id, userId: a });
    expect(reminders.map((r) => r.dedupeKey)).not.toContain(reminderKey(meetup.id, waiting!));
  });

  it("leaves meetups further ahead, drafts and cancelled meetups alone", async () => {
    const organiser = await newMember({ role: "organiser" });
    const later = await createPublished(organiser, meetupAt(new Date(Date.now() + 2 * DAY)));
    await registerAll(later.id, 1);
    const cancelled = await createPublished(organiser, meetupAt(new Date(Date.now() + 24.5 * HOUR)));
    await registerAll(cancelled.id, 1);
    await cancelMeetup({ meetupId: cancelled.id, userId: organiser, reason: "Absage" });
    const draft = await createDraft(organiser, meetupAt(new Date(Date.now() + 24.5 * HOUR)));
    await scheduleMeetupReminders();
    expect(await remindersFor(later.id)).toEqual([]);
    expect(await remindersFor(cancelled.id)).toEqual([]);
    expect(await remindersFor(draft.id)).toEqual([]);
  });

  it("catches up on a meetup that starts sooner, but spares members who registered within the last day before it", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupAt(new Date(Date.now() + 5 * HOUR)));
    const [early, late] = await registerAll(meetup.id, 2);
    // `early` registered two days ago; the scheduler was down when the 24-hour mark passed.
    await db
      .update(meetupRegistrations)
      .set({ createdAt: sql`now() - interval '2 days'` })
      .where(and(eq(meetupRegistrations.meetupId, meetup.id), eq(meetupRegistrations.userId, early!)));
    await scheduleMeetupReminders();
    expect((await remindersFor(meetup.id)).map((r) => r.dedupeKey)).toEqual([reminderKey(meetup.id, early!)]);
    expect(late).toBeDefined();
  });
});
