import "server-only";
import { enqueueJob, type Executor } from "@/lib/jobs/queue";

/** Job kind of every meetup mail; the payload names the template and the recipient. */
export const MEETUP_MAIL_JOB = "meetup_mail";

export const meetupMailTemplates = [
  "registration_confirmed",
  "waitlisted",
  "promoted",
  "meetup_changed",
  "meetup_cancelled",
  "reminder",
] as const;
export type MeetupMailTemplate = (typeof meetupMailTemplates)[number];

/** Ids only: the address and the meetup's details are read when the mail goes out, so they are current. */
export type MeetupMailPayload = { template: MeetupMailTemplate; meetupId: string; userId: string };

export function isMeetupMailPayload(payload: unknown): payload is MeetupMailPayload {
  const p = payload as Partial<MeetupMailPayload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    meetupMailTemplates.includes(p.template as MeetupMailTemplate) &&
    typeof p.meetupId === "string" &&
    typeof p.userId === "string"
  );
}

/** Enqueue inside the transaction that makes the change the mail reports. */
export function enqueueMeetupMail(tx: Executor, payload: MeetupMailPayload, dedupeKey?: string) {
  return enqueueJob(tx, { kind: MEETUP_MAIL_JOB, payload, dedupeKey });
}

/** One reminder per member and meetup, however often and on however many instances it is scheduled. */
export const reminderDedupeKey = (meetupId: string, userId: string) => `reminder:${meetupId}:${userId}`;
