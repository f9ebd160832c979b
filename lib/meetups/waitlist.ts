import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { meetupRegistrations } from "@/db/schema";
import type { Executor } from "@/lib/jobs/queue";
import { enqueueMeetupMail } from "./mail-jobs";

// The waitlist is the waitlisted registrations in the order they were made; ties (same microsecond)
// fall back to the id, so every reader sees the same order.
export const waitlistOrder = [asc(meetupRegistrations.createdAt), asc(meetupRegistrations.id)];

/** The 1-based waitlist position of the registration row in scope, null unless it is waitlisted. */
export const waitlistPosition = sql<number | null>`case when ${meetupRegistrations.status} = 'waitlisted' then (
  select count(*)::int + 1 from ${meetupRegistrations} ahead
  where ahead.meetup_id = ${meetupRegistrations.meetupId} and ahead.status = 'waitlisted'
    and (ahead.created_at, ahead.id) < (${meetupRegistrations.createdAt}, ${meetupRegistrations.id})) end`;

export async function countRegistrations(tx: Executor, meetupId: string) {
  const rows = await tx
    .select({ status: meetupRegistrations.status, n: count() })
    .from(meetupRegistrations)
    .where(eq(meetupRegistrations.meetupId, meetupId))
    .groupBy(meetupRegistrations.status);
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { registered: of("registered"), waitlisted: of("waitlisted") };
}

/** Free seats given the capacity and the seats taken; never negative (capacity may have been lowered). */
export function seatsLeft(capacity: number, registered: number): number {
  return Math.max(0, capacity - registered);
}

/**
 * Moves the first waitlisted members onto the seats that are free and enqueues a "promoted" mail for
 * each. The caller must hold the meetup's row lock (`SELECT … FOR UPDATE`), which is what makes the
 * count and the promotion one step. Returns the promoted user ids, first in line first.
 */
export async function fillFreeSeats(tx: Executor, meetup: { id: string; capacity: number }): Promise<string[]> {
  const { registered } = await countRegistrations(tx, meetup.id);
  const free = seatsLeft(meetup.capacity, registered);
  if (free === 0) return [];
  const next = await tx
    .select({ id: meetupRegistrations.id, userId: meetupRegistrations.userId })
    .from(meetupRegistrations)
    .where(and(eq(meetupRegistrations.meetupId, meetup.id), eq(meetupRegistrations.status, "waitlisted")))
    .orderBy(...waitlistOrder)
    .limit(free);
  if (next.length === 0) return [];
  await tx
    .update(meetupRegistrations)
    .set({ status: "registered", updatedAt: sql`now()` })
    .where(inArray(meetupRegistrations.id, next.map((r) => r.id)));
  for (const { userId } of next) await enqueueMeetupMail(tx, { template: "promoted", meetupId: meetup.id, userId });
  return next.map((r) => r.userId);
}
