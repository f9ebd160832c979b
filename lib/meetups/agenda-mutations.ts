import "server-only";
import { and, eq, exists, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { meetupAgendaItems, meetupAgendaSolutions, meetupAgendaSpeakers, meetups, solutions, users } from "@/db/schema";
import type { Executor } from "@/db/client";
import { fail, refusable, Refusal, type FieldErrors, type Failure } from "@/lib/result";
import { isUuid, loadManagedMeetup, manageableBy, notFound, type ManagedMeetup } from "./permissions";
import type { AgendaItemInput } from "./schema";

/** What the schema cannot know: that speakers and solutions exist and the item fits the meetup. */
async function checkItem(meetup: ManagedMeetup, input: AgendaItemInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const endsAt = input.startsAt.getTime() + input.durationMinutes * 60_000;
  if (input.startsAt < meetup.startsAt || endsAt > meetup.endsAt.getTime()) errors.time = ["errors.meetups.agendaOutsideMeetup"];

  const speakerIds = [...new Set(input.speakers.flatMap((s) => (s.userId !== null ? [s.userId] : [])))];
  if (speakerIds.length > 0) {
    const known = await db.select({ id: users.id }).from(users).where(inArray(users.id, speakerIds));
    if (known.length !== speakerIds.length) errors.speakers = ["errors.meetups.speakerUnknown"];
  }
  if (input.solutionIds.length > 0) {
    // Only published solutions: a draft linked from a public agenda would leak its title.
    const known = await db
      .select({ id: solutions.id })
      .from(solutions)
      .where(and(inArray(solutions.id, input.solutionIds), eq(solutions.state, "published")));
    if (known.length !== input.solutionIds.length) errors.solutionIds = ["errors.meetups.solutionUnknown"];
  }
  return errors;
}

async function writeChildren(tx: Executor, itemId: string, input: AgendaItemInput, replace: boolean) {
  if (replace) {
    await tx.delete(meetupAgendaSpeakers).where(eq(meetupAgendaSpeakers.itemId, itemId));
    await tx.delete(meetupAgendaSolutions).where(eq(meetupAgendaSolutions.itemId, itemId));
  }
  // The same member twice on one item is one speaker.
  const seen = new Set<string>();
  const speakers = input.speakers.filter((s) => s.userId === null || (!seen.has(s.userId) && seen.add(s.userId)));
  if (speakers.length > 0) {
    await tx.insert(meetupAgendaSpeakers).values(
      speakers.map((s, position) => ({ itemId, userId: s.userId, guestName: s.guestName, position })),
    );
  }
  if (input.solutionIds.length > 0) {
    await tx.insert(meetupAgendaSolutions).values(input.solutionIds.map((solutionId) => ({ itemId, solutionId })));
  }
}

const itemColumns = (input: AgendaItemInput) => ({
  title: input.title,
  type: input.type,
  startsAt: input.startsAt,
  durationMinutes: input.durationMinutes,
  description: input.description,
});

/** Appends an item at the end of the agenda. */
export async function addAgendaItem({
  meetupId,
  userId,
  input,
}: {
  meetupId: string;
  userId: string;
  input: AgendaItemInput;
}): Promise<{ ok: true; id: string } | Failure> {
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  const errors = await checkItem(access.meetup, input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetupAgendaItems)
      .values({
        meetupId,
        ...itemColumns(input),
        position: sql`(select coalesce(max(${meetupAgendaItems.position}) + 1, 0) from ${meetupAgendaItems} where ${meetupAgendaItems.meetupId} = ${meetupId})`,
      })
      .returning({ id: meetupAgendaItems.id });
    await writeChildren(tx, row!.id, input, false);
    return row!.id;
  });
  return { ok: true, id };
}

async function itemMeetupId(itemId: string): Promise<string | null> {
  if (!isUuid(itemId)) return null;
  const [row] = await db.select({ meetupId: meetupAgendaItems.meetupId }).from(meetupAgendaItems).where(eq(meetupAgendaItems.id, itemId)).limit(1);
  return row?.meetupId ?? null;
}

/**
 * The agenda item in scope belongs to a meetup `userId` may manage, read in the statement that
 * writes: a right revoked after loadManagedMeetup counts.
 */
function itemManageableBy(userId: string) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(meetups)
      .where(and(eq(meetups.id, meetupAgendaItems.meetupId), manageableBy(userId))),
  );
}

/** Replaces the item's fields, speakers and linked solutions with the submitted ones. */
export async function updateAgendaItem({ itemId, userId, input }: { itemId: string; userId: string; input: AgendaItemInput }): Promise<{ ok: true } | Failure> {
  const meetupId = await itemMeetupId(itemId);
  if (!meetupId) return notFound();
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  const errors = await checkItem(access.meetup, input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return refusable(() =>
    db.transaction(async (tx) => {
      const rows = await tx
        .update(meetupAgendaItems)
        .set(itemColumns(input))
        .where(and(eq(meetupAgendaItems.id, itemId), eq(meetupAgendaItems.meetupId, meetupId), itemManageableBy(userId)))
        .returning({ id: meetupAgendaItems.id });
      if (rows.length === 0) {
        // Nothing was written: the item went away meanwhile, or the right did; this read only picks the refusal.
        const again = await loadManagedMeetup(tx, meetupId, userId);
        throw new Refusal(again.ok ? notFound() : again);
      }
      await writeChildren(tx, itemId, input, true);
      return { ok: true as const };
    }),
  );
}

export async function removeAgendaItem({ itemId, userId }: { itemId: string; userId: string }): Promise<{ ok: true } | Failure> {
  const meetupId = await itemMeetupId(itemId);
  if (!meetupId) return notFound();
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  const rows = await db
    .delete(meetupAgendaItems)
    .where(and(eq(meetupAgendaItems.id, itemId), itemManageableBy(userId)))
    .returning({ id: meetupAgendaItems.id });
  if (rows.length > 0) return { ok: true };
  // A right gone meanwhile is refused; an item another organiser removed first is gone all the same.
  const again = await loadManagedMeetup(db, meetupId, userId);
  return again.ok ? { ok: true } : again;
}

/** `itemIds` is the whole agenda in its new order: every item of the meetup exactly once. */
export async function reorderAgendaItems({
  meetupId,
  userId,
  itemIds,
}: {
  meetupId: string;
  userId: string;
  itemIds: string[];
}): Promise<{ ok: true } | Failure> {
  return refusable(() =>
    db.transaction(async (tx) => {
      // The lock keeps an item added meanwhile from slipping past the completeness check.
      const access = await loadManagedMeetup(tx, meetupId, userId, { lock: true });
      if (!access.ok) throw new Refusal(access);
      const current = await tx.select({ id: meetupAgendaItems.id }).from(meetupAgendaItems).where(eq(meetupAgendaItems.meetupId, meetupId));
      const wanted = new Set(itemIds);
      if (wanted.size !== itemIds.length || wanted.size !== current.length || current.some((item) => !wanted.has(item.id))) {
        throw new Refusal(fail("form", "errors.meetups.agendaOrderInvalid"));
      }
      for (const [position, id] of itemIds.entries()) {
        await tx.update(meetupAgendaItems).set({ position }).where(eq(meetupAgendaItems.id, id));
      }
      return { ok: true as const };
    }),
  );
}
