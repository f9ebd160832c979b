import "server-only";
import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { solutionCoauthors, solutions, users, type MemberRole } from "@/db/schema";
import { verifiedMember } from "@/lib/membership/permissions";

export const moderatorRoles: readonly MemberRole[] = ["moderator", "admin"];

export function isModerator(role: MemberRole | null | undefined): boolean {
  return role !== null && role !== undefined && moderatorRoles.includes(role);
}

/**
 * The author or a co-author of the solution row in scope, while a verified member: a pending or
 * suspended member no longer speaks for the municipality (issue 12).
 */
export function writtenBy(userId: string): SQL {
  return and(
    verifiedMember(userId),
    or(
      eq(solutions.authorId, userId),
      exists(
        db
          .select({ one: sql`1` })
          .from(solutionCoauthors)
          .where(and(eq(solutionCoauthors.solutionId, solutions.id), eq(solutionCoauthors.userId, userId))),
      ),
    ),
  )!;
}

/**
 * Authors, co-authors, moderators and admins. The role is read in the same statement, so a
 * demoted moderator loses the right with the next query rather than with the next sign-in.
 */
export function editableBy(userId: string): SQL {
  return or(
    writtenBy(userId),
    exists(
      db
        .select({ one: sql`1` })
        .from(users)
        .where(and(eq(users.id, userId), inArray(users.role, [...moderatorRoles]))),
    ),
  )!;
}
