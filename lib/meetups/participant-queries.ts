import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { meetupRegistrations, meetups, municipalities, users, type RegistrationStatus } from "@/db/schema";
import { isUuid, manageableBy } from "./permissions";
import { waitlistPosition } from "./waitlist-queries";

/** The viewer's own active registration with their waitlist position, or null. */
export async function loadViewerRegistration(meetupId: string, viewerId: string) {
  const [row] = await db
    .select({
      id: meetupRegistrations.id,
      status: meetupRegistrations.status,
      note: meetupRegistrations.note,
      listPublicly: meetupRegistrations.listPublicly,
      waitlistPosition,
    })
    .from(meetupRegistrations)
    .where(and(eq(meetupRegistrations.meetupId, meetupId), eq(meetupRegistrations.userId, viewerId)))
    .limit(1);
  if (!row || row.status === "cancelled") return null;
  const { id: _id, ...registration } = row;
  return registration;
}

/** Who comes, as other members may see it: those who agreed to be listed, and how many others. */
export async function loadPublicParticipants(meetupId: string) {
  const rows = await db
    .select({
      name: users.name,
      listPublicly: meetupRegistrations.listPublicly,
      municipalityAgs: municipalities.ags,
      municipalityName: municipalities.shortName,
    })
    .from(meetupRegistrations)
    .innerJoin(users, eq(users.id, meetupRegistrations.userId))
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(and(eq(meetupRegistrations.meetupId, meetupId), eq(meetupRegistrations.status, "registered")))
    .orderBy(asc(municipalities.shortName), asc(users.name));
  const listedRows = rows.filter((r) => r.listPublicly);
  return {
    listed: listedRows.map((r) => ({
      name: r.name,
      municipality: r.municipalityAgs && r.municipalityName ? { ags: r.municipalityAgs, name: r.municipalityName } : null,
    })),
    unlistedCount: rows.length - listedRows.length,
  };
}

export type ParticipantRow = {
  registrationId: string;
  userId: string;
  name: string | null;
  email: string | null;
  roleTitle: string | null;
  municipality: { ags: string; name: string } | null;
  status: RegistrationStatus;
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: number | null;
  note: string | null;
  listPublicly: boolean;
  attended: boolean | null;
  registeredAt: Date;
  cancelledAt: Date | null;
};

/**
 * Everyone who registered, for the meetup's organisers and admins (null for anyone else): seats in
 * registration order, then the waitlist in its order, then cancellations. Feeds the CSV export.
 */
export async function getParticipantsForOrganiser(meetupId: string, viewerId: string): Promise<ParticipantRow[] | null> {
  if (!isUuid(meetupId)) return null;
  const [allowed] = await db
    .select({ id: meetups.id })
    .from(meetups)
    .where(and(eq(meetups.id, meetupId), manageableBy(viewerId)))
    .limit(1);
  if (!allowed) return null;
  const rows = await db
    .select({
      registrationId: meetupRegistrations.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      roleTitle: users.roleTitle,
      municipalityAgs: municipalities.ags,
      municipalityName: municipalities.shortName,
      status: meetupRegistrations.status,
      note: meetupRegistrations.note,
      listPublicly: meetupRegistrations.listPublicly,
      attended: meetupRegistrations.attended,
      registeredAt: meetupRegistrations.createdAt,
      cancelledAt: meetupRegistrations.cancelledAt,
    })
    .from(meetupRegistrations)
    .innerJoin(users, eq(users.id, meetupRegistrations.userId))
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(eq(meetupRegistrations.meetupId, meetupId))
    // Sorted in SQL: the microseconds that order the waitlist do not survive the trip into a JS Date.
    .orderBy(
      sql`case ${meetupRegistrations.status} when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
      sql`case when ${meetupRegistrations.status} = 'cancelled' then ${meetupRegistrations.cancelledAt} else ${meetupRegistrations.createdAt} end`,
      asc(meetupRegistrations.id),
    );
  let position = 0;
  return rows.map(({ municipalityAgs, municipalityName, ...row }) => ({
    ...row,
    municipality: municipalityAgs && municipalityName ? { ags: municipalityAgs, name: municipalityName } : null,
    waitlistPosition: row.status === "waitlisted" ? ++position : null,
  }));
}

