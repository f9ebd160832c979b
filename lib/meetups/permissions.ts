import "server-only";
import { and, eq, exists, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { meetupOrganisers, meetups, users, type MemberRole } from "@/db/schema";
import { fail, type Failure } from "@/lib/result";
import { isUuid } from "@/lib/validation";

/** The two refusals every meetup mutation shares. */
export const notFound = (): Failure => fail("form", "errors.meetups.notFound");
export const notAllowed = (): Failure => fail("form", "errors.meetups.notAllowed");

/** Who may create meetups at all. */
export const meetupCreatorRoles: readonly MemberRole[] = ["organiser", "admin"];

export function canCreateMeetups(role: MemberRole | null | undefined): boolean {
  return role !== null && role !== undefined && meetupCreatorRoles.includes(role);
}

/** The user is one of the organisers of the meetup row in scope. */
export function organisedBy(userId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(meetupOrganisers)
      .where(and(eq(meetupOrganisers.meetupId, meetups.id), eq(meetupOrganisers.userId, userId))),
  );
}

/**
 * Organisers of the meetup in scope, and admins. Moderators are not included: they look after
 * content, not after events and their participant lists. The role is read in the same statement,
 * so a revoked right is gone with the next query.
 */
export function manageableBy(userId: string): SQL {
  return or(
    organisedBy(userId),
    exists(
      db
        .select({ one: sql`1` })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.role, "admin"))),
    ),
  )!;
}

/** A malformed id would make Postgres throw; for callers it is simply not found. */
export { isUuid } from "@/lib/validation";

export type ManagedMeetup = {
  id: string;
  slug: string;
  state: "draft" | "published" | "cancelled";
  capacity: number;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
};

/**
 * The meetup if `userId` may manage it, with its row locked when `lock` is set (the transaction
 * then owns the seat count, see waitlist-mutations.ts). Unknown id, or a draft of others → notFound;
 * not an organiser of a published meetup → notAllowed.
 */
export async function loadManagedMeetup(
  executor: Executor,
  meetupId: string,
  userId: string,
  options: { lock?: boolean } = {},
): Promise<{ ok: true; meetup: ManagedMeetup } | Failure> {
  if (!isUuid(meetupId)) return notFound();
  const query = executor
    .select({
      id: meetups.id,
      slug: meetups.slug,
      state: meetups.state,
      capacity: meetups.capacity,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      sequence: meetups.sequence,
      canManage: sql<boolean>`${manageableBy(userId)}`,
    })
    .from(meetups)
    .where(eq(meetups.id, meetupId))
    .limit(1);
  const [row] = await (options.lock ? query.for("update", { of: meetups }) : query);
  if (!row) return notFound();
  // A draft is invisible to everyone who may not manage it: refusing it "not allowed" would tell
  // them it exists.
  if (!row.canManage) return row.state === "draft" ? notFound() : notAllowed();
  const { canManage: _, ...meetup } = row;
  return { ok: true, meetup };
}

/** True when the user organises the meetup or is an admin. */
export async function canManageMeetup(meetupId: string, userId: string): Promise<boolean> {
  return (await loadManagedMeetup(db, meetupId, userId)).ok;
}
