import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { membershipDomains, users } from "@/db/schema";

/**
 * At sign-in: a pending person whose e-mail domain is on a municipality's or organisation's
 * allowlist becomes a verified member of it at once. The domain is looked up in the statement that
 * writes, so a domain removed a moment before no longer counts; verified and suspended members are
 * left as they are. Returns true when the person was verified now.
 */
export async function verifyByEmailDomain(userId: string, executor: Executor = db): Promise<boolean> {
  const rows = await executor
    .update(users)
    .set({
      status: "verified",
      verifiedAt: sql`now()`,
      municipalityAgs: membershipDomains.municipalityAgs,
      organisationId: membershipDomains.organisationId,
      updatedAt: new Date(),
    })
    .from(membershipDomains)
    .where(
      and(
        eq(users.id, userId),
        eq(users.status, "pending"),
        eq(membershipDomains.domain, sql`lower(split_part(${users.email}, '@', 2))`),
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}
