import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { membershipDomains, municipalities, organisations } from "@/db/schema";

/** The allowlist with the municipality or organisation each domain verifies for. */
export async function listDomains() {
  return db
    .select({
      domain: membershipDomains.domain,
      municipalityName: municipalities.name,
      organisationName: organisations.name,
      createdAt: membershipDomains.createdAt,
    })
    .from(membershipDomains)
    .leftJoin(municipalities, eq(municipalities.ags, membershipDomains.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, membershipDomains.organisationId))
    .orderBy(asc(membershipDomains.domain));
}
