import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, membershipApplications, municipalities, organisations, states, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, Refusal, refusable, type Result } from "@/lib/result";
import type { ApplicationInput, DecisionInput } from "./application-schema";
import { enqueueApplicationMail } from "./jobs";
import { moderatesMembership } from "./permissions";

/** Drizzle wraps driver errors; the Postgres error (code, constraint) sits in `cause`. */
function postgresError(error: unknown): { code?: string; constraint?: string } | null {
  for (let e = error as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code) return { code: e.code, constraint: e.constraint ?? e.constraint_name };
  }
  return null;
}

/**
 * A pending member applies to join, or a verified one for a change of municipality or organisation.
 * One open application per person: the unique index decides, so two tabs sending at once leave one.
 * The municipality, organisation or state named must exist (checked here, before the FK would throw).
 */
export async function submitApplication({ memberId, input }: { memberId: string; input: ApplicationInput }): Promise<Result<{ id: string }>> {
  const body =
    input.body === "municipality"
      ? { municipalityAgs: input.municipalityAgs }
      : input.body === "organisation"
        ? { organisationId: input.organisationId }
        : { organisationName: input.organisationName, organisationStateCode: input.organisationStateCode };
  if (input.body === "municipality") {
    const [m] = await db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.ags, input.municipalityAgs)).limit(1);
    if (!m) return fail("municipalityAgs", "errors.municipalityUnknown");
  } else if (input.body === "organisation") {
    const [o] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).limit(1);
    if (!o) return fail("organisationId", "join.errors.organisationUnknown");
  } else {
    const [s] = await db.select({ code: states.code }).from(states).where(eq(states.code, input.organisationStateCode)).limit(1);
    if (!s) return fail("organisationStateCode", "join.errors.stateRequired");
  }
  try {
    // The applicant's own row decides, locked until the insert commits: a suspended (or deleted)
    // member applies for nothing, and a suspension waits for the write rather than slip in between.
    const id = await db.transaction(async (tx) => {
      const [applicant] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, memberId), inArray(users.status, ["pending", "verified"])))
        .for("share");
      if (!applicant) return null;
      const [row] = await tx
        .insert(membershipApplications)
        .values({ userId: memberId, ...body, roleTitle: input.roleTitle, reason: input.reason })
        .returning({ id: membershipApplications.id });
      return row!.id;
    });
    if (!id) return fail("form", "join.errors.notAllowed");
    return { ok: true, id };
  } catch (error) {
    const pg = postgresError(error);
    if (pg?.code === "23505" && pg.constraint === "membership_applications_one_open") return fail("form", "join.errors.alreadyOpen");
    // A municipality, organisation or state removed between the check and the insert.
    if (pg?.code === "23503") return fail("form", "join.errors.bodyUnknown");
    throw error;
  }
}

/** The applicant takes their own open application back; someone else's id is "not found". */
export async function withdrawApplication({ memberId, applicationId }: { memberId: string; applicationId: string }): Promise<Result> {
  const rows = await db
    .update(membershipApplications)
    .set({ status: "withdrawn", decidedAt: sql`now()` })
    .where(and(eq(membershipApplications.id, applicationId), eq(membershipApplications.userId, memberId), eq(membershipApplications.status, "open")))
    .returning({ id: membershipApplications.id });
  return rows[0] ? { ok: true } : fail("form", "join.errors.applicationUnknown");
}

/**
 * A moderator or admin approves or rejects an open application, in one transaction: the decision
 * (whose UPDATE checks that the application is still open and that the caller moderates, so of two
 * moderators deciding at once the second is told it was decided already), on approval the applicant
 * verified with that municipality or organisation (a new organisation is created then), the audit
 * entries and the mail to the applicant.
 */
export async function decideApplication({ moderatorId, input }: { moderatorId: string; input: DecisionInput }): Promise<Result<{ status: "approved" | "rejected" }>> {
  const status = input.decision === "approve" ? "approved" : "rejected";
  return refusable(() =>
    db.transaction(async (tx) => {
      const [decided] = await tx
        .update(membershipApplications)
        .set({ status, decidedById: moderatorId, decidedAt: sql`now()`, decisionReason: input.reason ?? null })
        .where(and(eq(membershipApplications.id, input.applicationId), eq(membershipApplications.status, "open"), moderatesMembership(moderatorId)))
        .returning();
      if (!decided) throw new Refusal(await whyNotDecided(tx, moderatorId, input.applicationId));
      const [applicant] = await tx
        .select({ status: users.status, municipalityAgs: users.municipalityAgs, organisationId: users.organisationId })
        .from(users)
        .where(eq(users.id, decided.userId))
        .for("update");
      if (!applicant) throw new Refusal(fail("form", "join.errors.applicationUnknown"));
      if (status === "approved") {
        if (applicant.status === "suspended") throw new Refusal(fail("form", "joinAdmin.errors.applicantSuspended"));
        let organisationId = decided.organisationId;
        if (decided.organisationName) {
          if (!input.organisationKind) throw new Refusal(fail("organisationKind", "joinAdmin.errors.kindRequired"));
          organisationId = await createOrganisation(tx, moderatorId, {
            name: decided.organisationName,
            kind: input.organisationKind,
            stateCode: decided.organisationStateCode!,
            districtCode: input.districtCode ?? null,
          });
        }
        const after = { status: "verified" as const, municipalityAgs: decided.municipalityAgs, organisationId: organisationId ?? null };
        await tx
          .update(users)
          .set({ ...after, verifiedAt: sql`coalesce(${users.verifiedAt}, now())`, updatedAt: new Date() })
          .where(eq(users.id, decided.userId));
        await recordAudit(tx, {
          actorId: moderatorId,
          action: "application.approved",
          targetType: "application",
          targetId: decided.id,
          subjectMemberId: decided.userId,
          before: { status: applicant.status, municipalityAgs: applicant.municipalityAgs, organisationId: applicant.organisationId },
          after,
          note: input.reason ?? null,
        });
      } else {
        await recordAudit(tx, {
          actorId: moderatorId,
          action: "application.rejected",
          targetType: "application",
          targetId: decided.id,
          subjectMemberId: decided.userId,
          before: { status: "open" },
          after: { status: "rejected" },
          note: input.reason ?? null,
        });
      }
      await enqueueApplicationMail(tx, decided.id);
      return { ok: true as const, status };
    }),
  );
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The organisation of an approved application; one of the same name and state is reused. */
async function createOrganisation(
  tx: Tx,
  moderatorId: string,
  org: { name: string; kind: (typeof organisations.$inferInsert)["kind"]; stateCode: string; districtCode: string | null },
): Promise<string> {
  if (org.districtCode) {
    const [district] = await tx
      .select({ code: districts.code })
      .from(districts)
      .where(and(eq(districts.code, org.districtCode), eq(districts.stateCode, org.stateCode)))
      .limit(1);
    if (!district) throw new Refusal(fail("districtCode", "joinAdmin.errors.districtInvalid"));
  }
  const [created] = await tx.insert(organisations).values(org).onConflictDoNothing().returning({ id: organisations.id });
  if (created) {
    await recordAudit(tx, {
      actorId: moderatorId,
      action: "organisation.created",
      targetType: "organisation",
      targetId: created.id,
      after: { kind: org.kind, stateCode: org.stateCode, districtCode: org.districtCode },
    });
    return created.id;
  }
  const [existing] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(sql`lower(${organisations.name}) = lower(${org.name})`, eq(organisations.stateCode, org.stateCode)))
    .limit(1);
  return existing!.id;
}

/** Nothing was decided: picks the message. A caller who does not moderate learns nothing about the id. */
async function whyNotDecided(tx: Tx, moderatorId: string, applicationId: string) {
  const [caller] = await tx.select({ role: users.role }).from(users).where(eq(users.id, moderatorId)).limit(1);
  if (caller?.role !== "moderator" && caller?.role !== "admin") return fail("form", "join.errors.notAllowed");
  const [application] = await tx.select({ status: membershipApplications.status }).from(membershipApplications).where(eq(membershipApplications.id, applicationId)).limit(1);
  return application ? fail("form", "joinAdmin.errors.alreadyDecided") : fail("form", "join.errors.applicationUnknown");
}
