import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { membershipDomains, municipalities, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, type Result } from "@/lib/result";
import type { DomainInput } from "./domain-schema";
import { moderatesMembership } from "./permissions";

const notAllowed = () => fail("form", "join.errors.notAllowed");

async function moderates(tx: Executor, memberId: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, memberId), moderatesMembership(memberId))).limit(1);
  return Boolean(row);
}

/**
 * Allowlists an e-mail domain for a municipality or organisation. The caller's right is read in the
 * transaction that inserts (its audit entry too); a domain that is listed already is a message,
 * decided by the primary key, not by a read before.
 */
export async function addDomain({ moderatorId, input }: { moderatorId: string; input: DomainInput }): Promise<Result> {
  const body = input.body === "municipality" ? { municipalityAgs: input.municipalityAgs } : { organisationId: input.organisationId };
  if (input.body === "municipality") {
    const [m] = await db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.ags, input.municipalityAgs)).limit(1);
    if (!m) return fail("municipalityAgs", "errors.municipalityUnknown");
  } else {
    const [o] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).limit(1);
    if (!o) return fail("organisationId", "joinAdmin.errors.organisationRequired");
  }
  return db.transaction(async (tx) => {
    const [caller] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, moderatorId), moderatesMembership(moderatorId))).for("share");
    if (!caller) return notAllowed();
    const [row] = await tx
      .insert(membershipDomains)
      .values({ domain: input.domain, ...body, createdById: moderatorId })
      .onConflictDoNothing({ target: membershipDomains.domain })
      .returning({ domain: membershipDomains.domain });
    if (!row) return fail("domain", "joinAdmin.errors.domainTaken");
    await recordAudit(tx, {
      actorId: moderatorId,
      action: "domain.added",
      targetType: "domain",
      targetId: row.domain,
      after: { municipalityAgs: body.municipalityAgs ?? null, organisationId: body.organisationId ?? null },
    });
    return { ok: true as const };
  });
}

/** Takes a domain off the allowlist. Members verified through it stay verified. */
export async function removeDomain({ moderatorId, domain }: { moderatorId: string; domain: string }): Promise<Result> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(membershipDomains)
      .where(and(eq(membershipDomains.domain, domain), moderatesMembership(moderatorId)))
      .returning();
    if (!row) return (await moderates(tx, moderatorId)) ? fail("form", "joinAdmin.errors.domainUnknown") : notAllowed();
    await recordAudit(tx, {
      actorId: moderatorId,
      action: "domain.removed",
      targetType: "domain",
      targetId: row.domain,
      before: { municipalityAgs: row.municipalityAgs, organisationId: row.organisationId },
    });
    return { ok: true as const };
  });
}
