import "server-only";
import { count, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { invitations, meetups, municipalities, organisations, users } from "@/db/schema";
import type { MemberRole } from "@/db/schema/member-enums";
import { invitationState } from "./rules";
import { hashInvitationToken } from "./tokens";

const inviter = alias(users, "inviter");
const PAGE_SIZE = 50;

/** One invitation with the names it points to, for the list and for the link's page. */
function selectInvitations() {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      municipalityName: municipalities.shortName,
      organisationName: organisations.name,
      meetupTitle: meetups.title,
      meetupSlug: meetups.slug,
      inviterName: inviter.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      acceptedById: invitations.acceptedById,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .leftJoin(municipalities, eq(municipalities.ags, invitations.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(meetups, eq(meetups.id, invitations.meetupId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .$dynamic();
}

/**
 * The invitations an inviter sees (the page checks the role): organisers their own, moderators and
 * admins all. Newest first, with the invitee's address (they are the ones who typed it).
 */
export async function listInvitations({ viewerId, viewerRole, page }: { viewerId: string; viewerRole: MemberRole; page: number }) {
  const where: SQL | undefined = viewerRole === "organiser" ? eq(invitations.invitedById, viewerId) : undefined;
  const [rows, [total]] = await Promise.all([
    selectInvitations()
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  const now = new Date();
  return { items: rows.map((row) => ({ ...row, state: invitationState(row, now) })), total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
}

/**
 * What the link's page shows: who invited whom to what. Null for a token nobody issued. The caller
 * decides by `state` what to show; for an outsider, anything but "open" looks like null.
 */
export async function getInvitationByToken(token: string) {
  const [row] = await selectInvitations()
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  return row ? { ...row, state: invitationState(row) } : null;
}
