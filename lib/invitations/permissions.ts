import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { MemberRole } from "@/db/schema/member-enums";
import type { MemberStatus } from "@/db/schema/membership-enums";
import { inviterRoles } from "./rules";

/**
 * Who may invite: verified organisers and moderators, and admins (appointed by ADMIN_EMAILS or by
 * another admin, whatever their own membership); never a suspended person.
 */
export function isInviter(member: { role: MemberRole; status: MemberStatus }): boolean {
  if (member.status === "suspended" || !inviterRoles.includes(member.role)) return false;
  return member.role === "admin" || member.status === "verified";
}

/**
 * Reads the inviter's role in the writing transaction and holds a share lock on their row until it
 * commits, so a role taken away or a suspension waits for the write instead of slipping in between.
 * Null when they may not invite.
 */
export async function lockInviter(tx: Executor, memberId: string): Promise<{ role: MemberRole } | null> {
  const [row] = await tx
    .select({ role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.id, memberId), ne(users.status, "suspended")))
    .for("share");
  return row && isInviter(row) ? { role: row.role } : null;
}
