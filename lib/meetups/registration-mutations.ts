import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { autoFollow } from "@/lib/follows/mutations";
import { meetupRegistrations, meetups, users, type RegistrationStatus } from "@/db/schema";
import type { Executor } from "@/db/client";
import { enqueueMeetupMail } from "./jobs";
import { fail, refusable, Refusal, type Failure } from "@/lib/result";
import { isUuid, loadManagedMeetup, notAllowed, notFound } from "./permissions";
import type { RegistrationInput } from "./schema";
import { fillFreeSeats } from "./waitlist-mutations";
import { countRegistrations, seatsLeft } from "./waitlist-queries";

export type RegisterResult =
  | {
      ok: true;
      status: Exclude<RegistrationStatus, "cancelled">;
      /** 1 for the first in line; null with a seat. */
      waitlistPosition: number | null;
      /** The member held a seat or waitlist place already: nothing changed but note and listing. */
      alreadyRegistered: boolean;
    }
  | Failure;

/**
 * Registers a member for a published meetup before its deadline (or its start, without one).
 *
 * No over-booking, however many register at once: the transaction first locks the meetup's row
 * (`SELECT … FOR UPDATE`), so registrations for one meetup run one after another and each counts
 * the seats its predecessors took. The registration time is the clock at that point (not the start
 * of the transaction), so the waitlist order is the order in which the lock was granted.
 */
export async function registerForMeetup({
  meetupId,
  userId,
  note,
  listPublicly,
}: { meetupId: string; userId: string } & RegistrationInput): Promise<RegisterResult> {
  if (!isUuid(meetupId)) return notFound();
  const [member] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1);
  if (!member) return notAllowed();

  return refusable(() =>
    db.transaction(async (tx) => {
      const [meetup] = await tx
        .select({
          state: meetups.state,
          capacity: meetups.capacity,
          open: sql<boolean>`coalesce(${meetups.registrationDeadline}, ${meetups.startsAt}) > now()`,
        })
        .from(meetups)
        .where(eq(meetups.id, meetupId))
        .for("update");
      if (!meetup || meetup.state === "draft") throw new Refusal(notFound());
      if (meetup.state === "cancelled") throw new Refusal(fail("form", "errors.meetups.meetupCancelled"));

      const [existing] = await tx
        .select({ id: meetupRegistrations.id, status: meetupRegistrations.status })
        .from(meetupRegistrations)
        .where(and(eq(meetupRegistrations.meetupId, meetupId), eq(meetupRegistrations.userId, userId)));
      if (existing && existing.status !== "cancelled") {
        // Registering twice (a double click, a second tab) changes nothing but the note and the listing.
        await tx
          .update(meetupRegistrations)
          .set({ note: note ?? null, listPublicly, updatedAt: sql`now()` })
          .where(eq(meetupRegistrations.id, existing.id));
        const position = existing.status === "waitlisted" ? await waitlistPositionOf(tx, meetupId, existing.id) : null;
        return { ok: true as const, status: existing.status, waitlistPosition: position, alreadyRegistered: true };
      }
      if (!meetup.open) throw new Refusal(fail("form", "errors.meetups.registrationClosed"));

      const counts = await countRegistrations(tx, meetupId);
      // Nobody jumps the queue: a free seat with people waiting goes to them (see fillFreeSeats).
      const status = seatsLeft(meetup.capacity, counts.registered) > 0 && counts.waitlisted === 0 ? "registered" : "waitlisted";
      const values = {
        status,
        note: note ?? null,
        listPublicly,
        attended: null,
        createdAt: sql`clock_timestamp()`,
        updatedAt: sql`clock_timestamp()`,
        cancelledAt: null,
      } as const;
      if (existing) {
        // Coming back after a cancellation: same row, new place in the queue.
        await tx.update(meetupRegistrations).set(values).where(eq(meetupRegistrations.id, existing.id));
      } else {
        await tx.insert(meetupRegistrations).values({ meetupId, userId, ...values });
      }
      await enqueueMeetupMail(tx, { template: status === "registered" ? "registration_confirmed" : "waitlisted", meetupId, userId });
      // Participants (waitlisted ones too) hear about comments on the meetup, unless they unfollowed it.
      await autoFollow(tx, userId, "meetup", meetupId);
      return {
        ok: true as const,
        status,
        waitlistPosition: status === "waitlisted" ? counts.waitlisted + 1 : null,
        alreadyRegistered: false,
      };
    }),
  );
}

/** 1 + the waitlisted registrations made before this one (same order as fillFreeSeats uses). */
export async function waitlistPositionOf(executor: Executor, meetupId: string, registrationId: string): Promise<number> {
  const own = alias(meetupRegistrations, "own");
  const [row] = await executor
    .select({ ahead: count() })
    .from(meetupRegistrations)
    .innerJoin(own, eq(own.id, registrationId))
    .where(
      and(
        eq(meetupRegistrations.meetupId, meetupId),
        eq(meetupRegistrations.status, "waitlisted"),
        // Compared in SQL: the stored microseconds do not survive a round trip through a JS Date.
        sql`(${meetupRegistrations.createdAt}, ${meetupRegistrations.id}) < (${own.createdAt}, ${own.id})`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

/**
 * The member gives up their seat or waitlist place. A freed seat goes to the first on the waitlist
 * in the same transaction, who gets a "promoted" mail; nobody is promoted once the meetup has begun
 * or when it was cancelled.
 */
export async function cancelRegistration({
  meetupId,
  userId,
}: {
  meetupId: string;
  userId: string;
}): Promise<{ ok: true; previousStatus: Exclude<RegistrationStatus, "cancelled">; promotedUserIds: string[] } | Failure> {
  if (!isUuid(meetupId)) return notFound();
  return refusable(() =>
    db.transaction(async (tx) => {
      const [meetup] = await tx
        .select({ state: meetups.state, capacity: meetups.capacity, upcoming: sql<boolean>`${meetups.startsAt} > now()` })
        .from(meetups)
        .where(eq(meetups.id, meetupId))
        .for("update");
      if (!meetup) throw new Refusal(notFound());
      const [registration] = await tx
        .select({ id: meetupRegistrations.id, status: meetupRegistrations.status })
        .from(meetupRegistrations)
        .where(
          and(
            eq(meetupRegistrations.meetupId, meetupId),
            eq(meetupRegistrations.userId, userId),
            inArray(meetupRegistrations.status, ["registered", "waitlisted"]),
          ),
        );
      if (!registration) throw new Refusal(fail("form", "errors.meetups.notRegistered"));
      const previousStatus = registration.status as Exclude<RegistrationStatus, "cancelled">;
      await tx
        .update(meetupRegistrations)
        .set({ status: "cancelled", cancelledAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(meetupRegistrations.id, registration.id));
      const promotedUserIds =
        previousStatus === "registered" && meetup.state === "published" && meetup.upcoming
          ? await fillFreeSeats(tx, { id: meetupId, capacity: meetup.capacity })
          : [];
      return { ok: true as const, previousStatus, promotedUserIds };
    }),
  );
}

/**
 * Organisers record who came (true), who did not (false) or undo it (null), once the meetup has
 * begun. Only members who held a seat can be marked; an unknown member rolls the whole batch back.
 */
export async function markAttendance({
  meetupId,
  userId,
  attendance,
}: {
  meetupId: string;
  userId: string;
  attendance: { userId: string; attended: boolean | null }[];
}): Promise<{ ok: true; updated: number } | Failure> {
  return refusable(() =>
    db.transaction(async (tx) => {
      const access = await loadManagedMeetup(tx, meetupId, userId);
      if (!access.ok) throw new Refusal(access);
      if (access.meetup.startsAt > new Date()) throw new Refusal(fail("form", "errors.meetups.notStarted"));
      for (const entry of attendance) {
        const rows = await tx
          .update(meetupRegistrations)
          .set({ attended: entry.attended, updatedAt: sql`now()` })
          .where(
            and(
              eq(meetupRegistrations.meetupId, meetupId),
              eq(meetupRegistrations.userId, entry.userId),
              eq(meetupRegistrations.status, "registered"),
            ),
          )
          .returning({ id: meetupRegistrations.id });
        if (rows.length === 0) throw new Refusal(fail("attendance", "errors.meetups.attendeeUnknown"));
      }
      return { ok: true as const, updated: attendance.length };
    }),
  );
}
