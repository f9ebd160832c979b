import "server-only";
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema";

/**
 * The member is verified (issue 12): only verified members speak for a municipality — publish,
 * edit as author, mark and withdraw reuse, add co-authors, comment. Pending members read and apply.
 * Read in the statement that writes, so a suspension counts with the next write.
 */
export function verifiedMember(memberId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.id, memberId), eq(users.status, "verified"))),
  );
}

/**
 * For an INSERT, which has no WHERE of its own: reads the verified member in the transaction and
 * holds a share lock on their row until it commits, so a suspension or a change of municipality
 * waits for the write rather than slipping in between. Null when the member is not verified.
 */
export async function lockVerifiedMember(tx: Executor, memberId: string) {
  const [row] = await tx
    .select({ id: users.id, municipalityAgs: users.municipalityAgs, role: users.role })
    .from(users)
    .where(and(eq(users.id, memberId), eq(users.status, "verified")))
    .for("share");
  return row ?? null;
}

/**
 * The caller is a moderator or an admin, read in the statement that writes: a right taken away a
 * moment before counts with the next decision (applications, allowlisted domains).
 */
export function moderatesMembership(memberId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.id, memberId), inArray(users.role, ["moderator", "admin"]))),
  );
}
