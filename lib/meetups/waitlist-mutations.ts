import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { meetupRegistrations } from "@/db/schema";
import { enqueueMeetupMail } from "./jobs";
import { countRegistrations, seatsLeft, waitlistOrder } from "./waitlist-queries";

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
