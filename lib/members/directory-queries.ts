import "server-only";
import { and, asc, count, eq, exists, ilike, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { memberExpertise, municipalities, organisations, ozgServices, users } from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import type { Viewer } from "@/lib/visibility/rules";
import type { DirectorySearch } from "./profile-schema";
import { listExpertise } from "./queries";
import { seesProfiles } from "./rules";

export const DIRECTORY_PAGE_SIZE = 20;

export type DirectoryEntry = {
  id: string;
  name: string;
  roleTitle: string | null;
  municipalityAgs: string | null;
  municipalityName: string | null;
  organisationName: string | null;
  software: string[];
  themenfelder: { id: number; name: string }[];
  services: { id: number; name: string }[];
};

/**
 * The members directory (/members): verified members with a name — pending, suspended and deleted
 * people are never listed — filtered by software (substring, "who knows Fachverfahren X"), OZG
 * service, Themenfeld (named directly or through one of its services), state, district
 * (Landkreis; of the municipality or of the organisation), municipality or organisation name and
 * free text (name, role title or software). Null for viewers who may not see profiles. Never e-mail addresses or phone numbers.
 */
export async function searchDirectory(search: DirectorySearch, viewer: Viewer): Promise<Page<DirectoryEntry> | null> {
  if (!seesProfiles(viewer)) return null;
  const conditions: (SQL | undefined)[] = [eq(users.status, "verified"), isNotNull(users.name)];
  const knowsSoftware = (text: string) => sql`exists (select 1 from unnest(${users.expertiseSoftware}) as s(name) where s.name ilike ${`%${likeEscape(text)}%`})`;
  // The free text (also the one search box's members group): name, role title or software.
  if (search.q) {
    const pattern = `%${likeEscape(search.q)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.roleTitle, pattern), knowsSoftware(search.q)));
  }
  if (search.software) conditions.push(knowsSoftware(search.software));
  if (search.service !== undefined) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(memberExpertise)
          .where(and(eq(memberExpertise.userId, users.id), eq(memberExpertise.kind, "service"), eq(memberExpertise.refId, search.service))),
      ),
    );
  }
  if (search.themenfeld !== undefined) {
    const themenfeld = search.themenfeld;
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(memberExpertise)
          .leftJoin(ozgServices, and(eq(memberExpertise.kind, "service"), eq(ozgServices.id, memberExpertise.refId)))
          .where(
            and(
              eq(memberExpertise.userId, users.id),
              or(and(eq(memberExpertise.kind, "themenfeld"), eq(memberExpertise.refId, themenfeld)), eq(ozgServices.themenfeldId, themenfeld)),
            ),
          ),
      ),
    );
  }
  if (search.state) conditions.push(or(eq(municipalities.stateCode, search.state), eq(organisations.stateCode, search.state)));
  if (search.district) conditions.push(or(eq(municipalities.districtCode, search.district), eq(organisations.districtCode, search.district)));
  if (search.municipality) {
    const pattern = `%${likeEscape(search.municipality)}%`;
    conditions.push(or(ilike(municipalities.shortName, pattern), ilike(organisations.name, pattern)));
  }
  const where = and(...conditions);
  const from = () =>
    db
      .select({
        id: users.id,
        name: users.name,
        roleTitle: users.roleTitle,
        municipalityAgs: users.municipalityAgs,
        municipalityName: municipalities.shortName,
        organisationName: organisations.name,
        software: users.expertiseSoftware,
      })
      .from(users)
      .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
      .leftJoin(organisations, eq(organisations.id, users.organisationId));
  const [rows, [total]] = await Promise.all([
    from()
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((search.page - 1) * DIRECTORY_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(users)
      .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where),
  ]);
  const expertise = await listExpertise(rows.map((r) => r.id));
  const items = rows.map((row) => ({
    ...row,
    name: row.name!,
    themenfelder: expertise.get(row.id)?.themenfelder ?? [],
    services: expertise.get(row.id)?.services ?? [],
  }));
  return { items, total: total?.n ?? 0, page: search.page, pageSize: DIRECTORY_PAGE_SIZE };
}

/** The OZG services some verified member named as expertise: the directory's service filter offers these. */
export async function listExpertiseServices() {
  return db
    .selectDistinct({ id: ozgServices.id, name: ozgServices.name })
    .from(memberExpertise)
    .innerJoin(ozgServices, and(eq(memberExpertise.kind, "service"), eq(ozgServices.id, memberExpertise.refId)))
    .innerJoin(users, and(eq(users.id, memberExpertise.userId), eq(users.status, "verified")))
    .orderBy(asc(ozgServices.name), asc(ozgServices.id));
}
