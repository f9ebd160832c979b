import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { districts, membershipApplications, municipalities, organisations, states, users } from "@/db/schema";

const currentMunicipality = alias(municipalities, "current_municipality");

/** The member's own applications, newest first (the open one, then the last decisions). */
export async function listOwnApplications(memberId: string) {
  return db
    .select({
      id: membershipApplications.id,
      status: membershipApplications.status,
      municipalityName: municipalities.name,
      organisationName: organisations.name,
      newOrganisationName: membershipApplications.organisationName,
      roleTitle: membershipApplications.roleTitle,
      decisionReason: membershipApplications.decisionReason,
      createdAt: membershipApplications.createdAt,
      decidedAt: membershipApplications.decidedAt,
    })
    .from(membershipApplications)
    .leftJoin(municipalities, eq(municipalities.ags, membershipApplications.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(eq(membershipApplications.userId, memberId))
    .orderBy(desc(membershipApplications.createdAt))
    .limit(5);
}

/**
 * For moderators and admins only (the page checks): open applications, oldest first, with the
 * applicant's name and e-mail address and what they claim.
 */
export async function listOpenApplications() {
  return db
    .select({
      id: membershipApplications.id,
      applicantName: users.name,
      applicantEmail: users.email,
      applicantStatus: users.status,
      currentMunicipalityName: currentMunicipality.name,
      municipalityName: municipalities.name,
      organisationName: organisations.name,
      newOrganisationName: membershipApplications.organisationName,
      newOrganisationStateCode: membershipApplications.organisationStateCode,
      newOrganisationStateName: states.name,
      roleTitle: membershipApplications.roleTitle,
      reason: membershipApplications.reason,
      createdAt: membershipApplications.createdAt,
    })
    .from(membershipApplications)
    .innerJoin(users, eq(users.id, membershipApplications.userId))
    .leftJoin(currentMunicipality, eq(currentMunicipality.ags, users.municipalityAgs))
    .leftJoin(municipalities, eq(municipalities.ags, membershipApplications.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .leftJoin(states, eq(states.code, membershipApplications.organisationStateCode))
    .where(eq(membershipApplications.status, "open"))
    .orderBy(asc(membershipApplications.createdAt))
    .limit(200);
}

/** Organisations to choose from (their names are public, like municipalities). */
export async function listOrganisations() {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, stateName: states.name })
    .from(organisations)
    .innerJoin(states, eq(states.code, organisations.stateCode))
    .orderBy(asc(organisations.name));
}

/** Districts of one state, for the moderator who creates an organisation. */
export async function listDistrictsOfState(stateCode: string) {
  return db.select({ code: districts.code, name: districts.name }).from(districts).where(eq(districts.stateCode, stateCode)).orderBy(asc(districts.name));
}
