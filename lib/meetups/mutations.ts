import "server-only";
import { and, count, eq, inArray, like, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { autoFollow } from "@/lib/follows/mutations";
import { meetupMaterials, meetupOrganisers, meetupRegistrations, meetups, municipalities, users } from "@/db/schema";
import type { Executor } from "@/db/client";
import { nextFreeSlug, slugify } from "@/lib/solutions/slug";
import { enqueueMeetupMail, type MeetupMailTemplate } from "./jobs";
import { fail, refusable, Refusal, type Failure } from "@/lib/result";
import { canCreateMeetups, isUuid, loadManagedMeetup, manageableBy, notFound } from "./permissions";
import type { MaterialInput, MeetupInput } from "./schema";
import { fillFreeSeats } from "./waitlist-mutations";

async function municipalityExists(ags: string | null): Promise<boolean> {
  if (ags === null) return true;
  const [row] = await db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.ags, ags)).limit(1);
  return Boolean(row);
}

function meetupSlugBase(title: string): string {
  const base = slugify(title);
  // slugify's own fallback names a solution; a title of only symbols or non-Latin letters gets ours.
  return base === "loesung" && !/l(ö|oe)sung/i.test(title) ? "treffen" : base;
}

async function freeSlug(title: string): Promise<string> {
  const base = meetupSlugBase(title);
  const taken = await db
    .select({ slug: meetups.slug })
    .from(meetups)
    .where(or(eq(meetups.slug, base), like(meetups.slug, `${base}-%`)));
  return nextFreeSlug(base, new Set(taken.map((r) => r.slug)));
}

function isSlugTaken(error: unknown): boolean {
  // Drizzle wraps driver errors; the Postgres error (code, constraint) sits in `cause`.
  for (let e = error as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && (e.constraint ?? e.constraint_name) === "meetups_slug_unique") return true;
  }
  return false;
}

/** Creates a draft; the creator (role organiser or admin) becomes its first organiser. */
export async function createMeetup({ creatorId, input }: { creatorId: string; input: MeetupInput }): Promise<{ ok: true; id: string; slug: string } | Failure> {
  const [creator] = await db.select({ role: users.role }).from(users).where(eq(users.id, creatorId)).limit(1);
  if (!creator || !canCreateMeetups(creator.role)) return fail("form", "errors.meetups.createNotAllowed");
  if (!(await municipalityExists(input.hostMunicipalityAgs))) return fail("hostMunicipalityAgs", "errors.meetups.municipalityUnknown");

  // Two meetups with the same title created at once both see the slug as free; the unique
  // constraint settles it and the loser takes the next number.
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(input.title);
    try {
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(meetups)
          .values({ ...input, slug, createdById: creatorId, state: "draft" })
          .returning({ id: meetups.id });
        await tx.insert(meetupOrganisers).values({ meetupId: row!.id, userId: creatorId });
        await autoFollow(tx, creatorId, "meetup", row!.id);
        return row!.id;
      });
      return { ok: true, id, slug };
    } catch (error) {
      if (attempt < 3 && isSlugTaken(error)) continue;
      throw error;
    }
  }
}

/** Everyone holding a place, seat or waitlist: they are the ones a change or cancellation concerns. */
async function notifyActiveRegistrations(
  tx: Executor,
  meetupId: string,
  template: MeetupMailTemplate,
  dedupeKey: (userId: string) => string,
): Promise<string[]> {
  const rows = await tx
    .select({ userId: meetupRegistrations.userId })
    .from(meetupRegistrations)
    .where(and(eq(meetupRegistrations.meetupId, meetupId), inArray(meetupRegistrations.status, ["registered", "waitlisted"])))
    .orderBy(meetupRegistrations.createdAt, meetupRegistrations.id);
  for (const { userId } of rows) await enqueueMeetupMail(tx, { template, meetupId, userId }, dedupeKey(userId));
  return rows.map((r) => r.userId);
}

export type UpdateMeetupResult =
  | {
      ok: true;
      slug: string;
      sequence: number;
      /** True when time, place, format or online link changed (SEQUENCE was bumped). */
      scheduleChanged: boolean;
      /** Members (registered or waitlisted) who get a "changed" mail; empty for drafts. */
      notifiedUserIds: string[];
      /** Waitlisted members moved onto seats a higher capacity opened. */
      promotedUserIds: string[];
    }
  | Failure;

/**
 * Saves the edit form. Only the meetup's organisers and admins; a cancelled meetup stays as it was.
 * Lowering the capacity below the seats taken keeps everyone's seat (nobody is moved back to the
 * waitlist); raising it promotes from the waitlist at once.
 */
export async function updateMeetup({ meetupId, userId, input }: { meetupId: string; userId: string; input: MeetupInput }): Promise<UpdateMeetupResult> {
  if (!(await municipalityExists(input.hostMunicipalityAgs))) return fail("hostMunicipalityAgs", "errors.meetups.municipalityUnknown");
  return refusable(() =>
    db.transaction(async (tx) => {
      const access = await loadManagedMeetup(tx, meetupId, userId, { lock: true });
      if (!access.ok) throw new Refusal(access);
      if (access.meetup.state === "cancelled") throw new Refusal(fail("form", "errors.meetups.meetupCancelled"));
      const [before] = await tx
        .select({
          startsAt: meetups.startsAt,
          endsAt: meetups.endsAt,
          format: meetups.format,
          venueName: meetups.venueName,
          venueAddress: meetups.venueAddress,
          onlineUrl: meetups.onlineUrl,
        })
        .from(meetups)
        .where(eq(meetups.id, meetupId));
      const scheduleChanged =
        before!.startsAt.getTime() !== input.startsAt.getTime() ||
        before!.endsAt.getTime() !== input.endsAt.getTime() ||
        before!.format !== input.format ||
        before!.venueName !== input.venueName ||
        before!.venueAddress !== input.venueAddress ||
        before!.onlineUrl !== input.onlineUrl;

      const [row] = await tx
        .update(meetups)
        .set({ ...input, sequence: sql`${meetups.sequence} + ${scheduleChanged ? 1 : 0}`, updatedAt: sql`now()` })
        .where(eq(meetups.id, meetupId))
        .returning({ sequence: meetups.sequence });
      const published = access.meetup.state === "published";
      const notifiedUserIds =
        published && scheduleChanged
          ? await notifyActiveRegistrations(tx, meetupId, "meetup_changed", (member) => `changed:${meetupId}:${row!.sequence}:${member}`)
          : [];
      const promotedUserIds =
        published && input.capacity > access.meetup.capacity && input.startsAt > new Date()
          ? await fillFreeSeats(tx, { id: meetupId, capacity: input.capacity })
          : [];
      return { ok: true as const, slug: access.meetup.slug, sequence: row!.sequence, scheduleChanged, notifiedUserIds, promotedUserIds };
    }),
  );
}

/** Draft → published. Publishing again is a no-op; a cancelled meetup cannot come back. */
export async function publishMeetup({ meetupId, userId }: { meetupId: string; userId: string }): Promise<{ ok: true; slug: string; sequence: number } | Failure> {
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  if (access.meetup.state === "cancelled") return fail("form", "errors.meetups.meetupCancelled");
  const [row] = await db
    .update(meetups)
    .set({ state: "published", publishedAt: sql`coalesce(${meetups.publishedAt}, now())`, sequence: sql`${meetups.sequence} + 1`, updatedAt: sql`now()` })
    .where(and(eq(meetups.id, meetupId), eq(meetups.state, "draft"), manageableBy(userId)))
    .returning({ sequence: meetups.sequence });
  if (row) return { ok: true, slug: access.meetup.slug, sequence: row.sequence };
  const again = await loadManagedMeetup(db, meetupId, userId);
  if (again.ok && again.meetup.state === "published") return { ok: true, slug: again.meetup.slug, sequence: again.meetup.sequence };
  return again.ok ? fail("form", "errors.meetups.meetupCancelled") : again;
}

/**
 * Cancels with a reason shown on the page and in the mail. Registrations keep their status (the
 * organisers still see who was coming); everyone holding a seat or a waitlist place is told once.
 */
export async function cancelMeetup({
  meetupId,
  userId,
  reason,
}: {
  meetupId: string;
  userId: string;
  reason: string;
}): Promise<{ ok: true; sequence: number; notifiedUserIds: string[] } | Failure> {
  return refusable(() =>
    db.transaction(async (tx) => {
      const access = await loadManagedMeetup(tx, meetupId, userId, { lock: true });
      if (!access.ok) throw new Refusal(access);
      if (access.meetup.state === "cancelled") throw new Refusal(fail("form", "errors.meetups.meetupCancelled"));
      const [row] = await tx
        .update(meetups)
        .set({ state: "cancelled", cancelReason: reason, sequence: sql`${meetups.sequence} + 1`, updatedAt: sql`now()` })
        .where(eq(meetups.id, meetupId))
        .returning({ sequence: meetups.sequence });
      const notifiedUserIds =
        access.meetup.state === "published"
          ? await notifyActiveRegistrations(tx, meetupId, "meetup_cancelled", (member) => `cancelled:${meetupId}:${member}`)
          : [];
      return { ok: true as const, sequence: row!.sequence, notifiedUserIds };
    }),
  );
}

/** Any member can be a co-organiser; the role "organiser" is only needed to create meetups. */
export async function addCoOrganiser({
  meetupId,
  userId,
  coOrganiserId,
}: {
  meetupId: string;
  userId: string;
  coOrganiserId: string;
}): Promise<{ ok: true } | Failure> {
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  const [member] = await db.select({ id: users.id }).from(users).where(eq(users.id, coOrganiserId)).limit(1);
  if (!member) return fail("coOrganiserId", "errors.meetups.coOrganiserUnknown");
  await db.transaction(async (tx) => {
    await tx.insert(meetupOrganisers).values({ meetupId, userId: coOrganiserId }).onConflictDoNothing();
    await autoFollow(tx, coOrganiserId, "meetup", meetupId);
  });
  return { ok: true };
}

/** A meetup always keeps at least one organiser. */
export async function removeCoOrganiser({
  meetupId,
  userId,
  coOrganiserId,
}: {
  meetupId: string;
  userId: string;
  coOrganiserId: string;
}): Promise<{ ok: true } | Failure> {
  return refusable(() =>
    db.transaction(async (tx) => {
      const access = await loadManagedMeetup(tx, meetupId, userId, { lock: true });
      if (!access.ok) throw new Refusal(access);
      const [others] = await tx
        .select({ n: count() })
        .from(meetupOrganisers)
        .where(and(eq(meetupOrganisers.meetupId, meetupId), ne(meetupOrganisers.userId, coOrganiserId)));
      if (others!.n === 0) throw new Refusal(fail("coOrganiserId", "errors.meetups.lastOrganiser"));
      await tx.delete(meetupOrganisers).where(and(eq(meetupOrganisers.meetupId, meetupId), eq(meetupOrganisers.userId, coOrganiserId)));
      return { ok: true as const };
    }),
  );
}

export async function addMaterial({ meetupId, userId, input }: { meetupId: string; userId: string; input: MaterialInput }): Promise<{ ok: true; id: string } | Failure> {
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  const [row] = await db.insert(meetupMaterials).values({ meetupId, ...input }).returning({ id: meetupMaterials.id });
  return { ok: true, id: row!.id };
}

export async function removeMaterial({ materialId, userId }: { materialId: string; userId: string }): Promise<{ ok: true } | Failure> {
  if (!isUuid(materialId)) return notFound();
  const [material] = await db.select({ meetupId: meetupMaterials.meetupId }).from(meetupMaterials).where(eq(meetupMaterials.id, materialId)).limit(1);
  if (!material) return notFound();
  const access = await loadManagedMeetup(db, material.meetupId, userId);
  if (!access.ok) return access;
  await db.delete(meetupMaterials).where(eq(meetupMaterials.id, materialId));
  return { ok: true };
}

/** Markdown minutes after the meeting; an empty text removes them. */
export async function setMinutes({ meetupId, userId, minutes }: { meetupId: string; userId: string; minutes: string }): Promise<{ ok: true } | Failure> {
  const access = await loadManagedMeetup(db, meetupId, userId);
  if (!access.ok) return access;
  await db
    .update(meetups)
    .set({ minutes: minutes.trim() === "" ? null : minutes, updatedAt: sql`now()` })
    .where(and(eq(meetups.id, meetupId), manageableBy(userId)));
  return { ok: true };
}
