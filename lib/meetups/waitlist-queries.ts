import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { meetupRegistrations } from "@/db/schema";

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
