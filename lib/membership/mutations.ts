import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { membershipDomains, municipalities, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";

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

/**
 * At single sign-on: the identity provider vouches for the municipality (an AGS claim, read with
 * lib/auth/oidc-rules.ts). A pending person becomes a verified member of that municipality, when it
 * exists; the municipality is looked up in the statement that writes. Verified and suspended members
 * are left as they are (a verified member's municipality never changes here). The audit entry is
 * written in the same transaction. Returns true when the person was verified now.
 */
export async function verifyByMunicipalityClaim(userId: string, ags: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({
        status: "verified",
        verifiedAt: sql`now()`,
        municipalityAgs: municipalities.ags,
        organisationId: null,
        updatedAt: new Date(),
      })
      .from(municipalities)
      .where(and(eq(users.id, userId), eq(users.status, "pending"), eq(municipalities.ags, ags)))
      .returning({ id: users.id });
    if (rows.length === 0) return false;
    await recordAudit(tx, {
      actorId: null,
      action: "member.status_changed",
      targetType: "member",
      targetId: userId,
      subjectMemberId: userId,
      before: { status: "pending" },
      after: { status: "verified", via: "oidc" },
    });
    return true;
  });
}
