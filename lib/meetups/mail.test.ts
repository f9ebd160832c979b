import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { jobOutbox, mailOutbox, meetups, users } from "@/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { MEETUP_MAIL_JOB, scheduleMeetupReminders } from "./jobs";
import { cancelMeetup, updateMeetup } from "./mutations";
import { cancelRegistration, registerForMeetup } from "./registration-mutations";
import { createPublished, HOUR, meetupAt, meetupFormInput, newMember, runId } from "./test-fixtures";

// sendMail prints every mail without SMTP; keep the test output readable.
beforeAll(() => {
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

async function emailOf(userId: string) {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row!.email!;
}

async function mailsTo(userId: string) {
  return db
    .select({ subject: mailOutbox.subject, text: mailOutbox.text, attachments: mailOutbox.attachments })
    .from(mailOutbox)
    .where(eq(mailOutbox.to, await emailOf(userId)))
    .orderBy(mailOutbox.id);
}

/** Runs every due job (on a server run, other files' jobs go out too: harmless, they are theirs). */
async function drain() {
  while ((await runDueJobs(jobHandlers, { limit: 100 })).claimed > 0);
}

describe("meetup mail jobs", () => {
  it("confirm a seat, report a waitlist place and a promotion, with Berlin times and a link", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput({ title: `Post ${runId}`, capacity: "1", startDate: "2031-03-30", startTime: "10:00", endDate: "2031-03-30", endTime: "16:00" });
    const meetup = await createPublished(organiser, values);
    const [seat, waiting] = [await newMember(), await newMember()];
    await registerForMeetup({ meetupId: meetup.id, userId: seat, listPublicly: false });
    await registerForMeetup({ meetupId: meetup.id, userId: waiting, listPublicly: false });
    await drain();

    const [confirmation] = await mailsTo(seat);
    expect(confirmation?.subject).toBe(`Anmeldung bestätigt: Post ${runId}`);
    expect(confirmation?.text).toContain("Sonntag, 30. März 2031 um 10:00 MESZ");
    expect(confirmation?.text).toContain("Rathaus Fellbach, Großer Saal, Marktplatz 1, 70734 Fellbach oder online");
    expect(confirmation?.text).toContain(`/meetups/${meetup.slug}`);
    expect(confirmation?.text).not.toContain("meet.example.org");
    // The confirmation carries the calendar entry: stable UID, UTC start (10:00 CEST = 08:00Z).
    const ics = confirmation?.attachments?.[0];
    expect(ics?.filename).toBe(`${meetup.slug}.ics`);
    expect(ics?.content).toContain(`UID:${meetup.id}@kommunalnetz`);
    expect(ics?.content).toContain("DTSTART:20310330T080000Z");
    expect(ics?.content).not.toContain("meet.example.org");
    const [waitlisted] = await mailsTo(waiting);
    expect(waitlisted?.subject).toBe(`Warteliste: Post ${runId}`);
    expect(waitlisted?.text).toContain("(Platz 1)");

    await cancelRegistration({ meetupId: meetup.id, userId: seat });
    await drain();
    expect((await mailsTo(waiting)).map((m) => m.subject)).toEqual([`Warteliste: Post ${runId}`, `Sie haben einen Platz: Post ${runId}`]);
  });

  it("write to a member in the language they last used, with a link to the page in it", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ title: `Englisch ${runId}`, capacity: "1", startDate: "2031-03-30", startTime: "10:00", endDate: "2031-03-30", endTime: "16:00" }));
    const [english, german] = [await newMember(), await newMember()];
    await db.update(users).set({ locale: "en" }).where(eq(users.id, english));
    await registerForMeetup({ meetupId: meetup.id, userId: english, listPublicly: false });
    await registerForMeetup({ meetupId: meetup.id, userId: german, listPublicly: false });
    await drain();

    const [confirmation] = await mailsTo(english);
    expect(confirmation?.subject).toBe(`Registration confirmed: Englisch ${runId}`);
    expect(confirmation?.text).toContain("When: Sunday, 30 March 2031 at 10:00 CEST to Sunday, 30 March 2031 at 16:00 CEST");
    expect(confirmation?.text).toContain("or online");
    expect(confirmation?.text).toContain(`/en/meetups/${meetup.slug}`);
    expect(confirmation?.text).toContain("Best regards");
    const [waitlisted] = await mailsTo(german);
    expect(waitlisted?.subject).toBe(`Warteliste: Englisch ${runId}`);
    expect(waitlisted?.text).not.toContain("/en/");
  });

  it("drop a confirmation that no longer fits, and tell everyone of a change and a cancellation", async () => {
    const organiser = await newMember({ role: "organiser" });
    const values = meetupFormInput({ title: `Wechsel ${runId}` });
    const meetup = await createPublished(organiser, values);
    const [changedMind, staying] = [await newMember(), await newMember()];
    await registerForMeetup({ meetupId: meetup.id, userId: changedMind, listPublicly: false });
    await registerForMeetup({ meetupId: meetup.id, userId: staying, listPublicly: false });
    // Cancelled before the worker came round: the confirmation job finds nothing to confirm.
    await cancelRegistration({ meetupId: meetup.id, userId: changedMind });
    await updateMeetup({ meetupId: meetup.id, userId: organiser, input: { ...values, venueName: "Schwabenlandhalle" } });
    await cancelMeetup({ meetupId: meetup.id, userId: organiser, reason: "Zu wenige Anmeldungen" });
    await drain();

    expect(await mailsTo(changedMind)).toEqual([]);
    const subjects = (await mailsTo(staying)).map((m) => m.subject);
    // The change mail was overtaken by the cancellation: only mails that still fit go out.
    expect(subjects).toEqual([`Abgesagt: Wechsel ${runId}`]);
    expect((await mailsTo(staying))[0]?.text).toContain("Grund: Zu wenige Anmeldungen");
    const pending = await db.$count(jobOutbox, and(eq(jobOutbox.kind, MEETUP_MAIL_JOB), sql`${jobOutbox.payload}->>'meetupId' = ${meetup.id}`, sql`${jobOutbox.doneAt} is null`));
    expect(pending).toBe(0);
  });

  it("send a reminder once, and hold it back when the meetup was moved further out", async () => {
    const organiser = await newMember({ role: "organiser" });
    const input = meetupAt(new Date(Date.now() + 24.5 * HOUR), { title: `Erinnerung ${runId}` });
    const meetup = await createPublished(organiser, input);
    const [member, movedMember] = [await newMember(), await newMember()];
    await registerForMeetup({ meetupId: meetup.id, userId: member, listPublicly: false });
    await scheduleMeetupReminders();
    await drain();
    await scheduleMeetupReminders();
    await drain();
    expect((await mailsTo(member)).map((m) => m.subject)).toEqual([`Anmeldung bestätigt: Erinnerung ${runId}`, `Erinnerung: Erinnerung ${runId}`]);

    const moved = await createPublished(organiser, meetupAt(new Date(Date.now() + 24.5 * HOUR), { title: `Verschoben ${runId}` }));
    await registerForMeetup({ meetupId: moved.id, userId: movedMember, listPublicly: false });
    await scheduleMeetupReminders();
    const newStart = new Date(Date.now() + 72 * HOUR);
    await db.update(meetups).set({ startsAt: newStart, endsAt: new Date(newStart.getTime() + HOUR) }).where(eq(meetups.id, moved.id));
    await drain();
    expect((await mailsTo(movedMember)).map((m) => m.subject)).toEqual([`Anmeldung bestätigt: Verschoben ${runId}`]);
    const [reminder] = await db.select().from(jobOutbox).where(eq(jobOutbox.dedupeKey, `reminder:${moved.id}:${movedMember}`));
    expect(reminder).toMatchObject({ doneAt: null, runAt: new Date(newStart.getTime() - 24 * HOUR) });
  });
});
