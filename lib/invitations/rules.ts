import type { MemberRole } from "@/db/schema/member-enums";

/** An invitation link works for this many days. */
export const INVITATION_DAYS = 14;
/** At most this many addresses in one pasted list. */
export const MAX_INVITATIONS_PER_LIST = 50;

export const INVITATIONS_PATH = "/admin/invitations";
export const invitationPath = (token: string) => `/invitations/${token}`;

/** Who may invite at all: organisers, moderators and admins. */
export const inviterRoles: readonly MemberRole[] = ["organiser", "moderator", "admin"];

/** Organisers and moderators invite members; only admins invite as organiser, moderator or admin. */
export function mayInviteAs(inviterRole: MemberRole, role: MemberRole): boolean {
  if (!inviterRoles.includes(inviterRole)) return false;
  return role === "member" || inviterRole === "admin";
}

/** Splits a pasted list (lines, commas, semicolons) into trimmed, lowercased, distinct entries. */
export function splitAddressList(text: string): string[] {
  const entries = text
    .split(/[\n\r,;]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(entries)];
}

export type InvitationState = "open" | "accepted" | "expired" | "revoked";

export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "open";
}
