import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, municipalities, states } from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import { processCached } from "@/lib/process-cache";
import { isAgs } from "@/lib/validation";
import type { MunicipalitySearch } from "./schema";

const listColumns = {
  ags: municipalities.ags,
  name: municipalities.name,
  shortName: municipalities.shortName,
  type: municipalities.type,
  population: municipalities.population,
  postalCode: municipalities.postalCode,
  stateCode: municipalities.stateCode,
  stateName: states.name,
  districtCode: municipalities.districtCode,
  districtName: districts.shortName,
};

export type MunicipalityListItem = {
  ags: string;
  name: string;
  shortName: string;
  type: string;
  population: number;
  postalCode: string | null;
  stateCode: string;
  stateName: string;
  districtCode: string;
  districtName: string;
};

/**
 * The query matches on what a coordinator would type: a name (prefix, substring or with a typo,
 * via pg_trgm word similarity), an AGS or its prefix, or a postcode.
 */
function matchQuery(q: string): { where: SQL; rank: SQL[] } {
  if (/^\d{1,8}$/.test(q)) {
    const prefix = `${q}%`;
    const where = q.length === 5 ? or(eq(municipalities.postalCode, q), sql`${municipalities.ags} like ${prefix}`)! : sql`${municipalities.ags} like ${prefix}`;
    return { where, rank: [desc(sql`${municipalities.postalCode} = ${q}`)] };
  }
  const escaped = likeEscape(q);
  const where = or(
    ilike(municipalities.shortName, `${escaped}%`),
    ilike(municipalities.name, `%${escaped}%`),
    sql`${q} <% ${municipalities.shortName}`,
  )!;
  return {
    where,
    rank: [
      desc(sql`lower(${municipalities.shortName}) = lower(${q})`),
      desc(sql`${municipalities.shortName} ilike ${`${escaped}%`}`),
      // Whole-name similarity first: "Felbach" is closer to Fellbach than to Kämpfelbach.
      desc(sql`similarity(${q}, ${municipalities.shortName})`),
      desc(sql`word_similarity(${q}, ${municipalities.shortName})`),
    ],
  };
}

export async function searchMunicipalities(search: MunicipalitySearch): Promise<Page<MunicipalityListItem>> {
  const conditions: SQL[] = [];
  let rank: SQL[] = [];
  if (search.state) conditions.push(eq(municipalities.stateCode, search.state));
  if (search.district) conditions.push(eq(municipalities.districtCode, search.district));
  if (search.q) {
    const match = matchQuery(search.q);
    conditions.push(match.where);
    rank = match.rank;
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(municipalities)
      .innerJoin(states, eq(states.code, municipalities.stateCode))
      .innerJoin(districts, eq(districts.code, municipalities.districtCode))
      .where(where)
      .orderBy(...rank, desc(municipalities.population), asc(municipalities.ags))
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ n: count() }).from(municipalities).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: search.page, pageSize: search.pageSize };
}

export async function getMunicipalityByAgs(ags: string) {
  const [row] = await db
    .select({
      ...listColumns,
      ars: municipalities.ars,
      verbandName: municipalities.verbandName,
      areaKm2: municipalities.areaKm2,
      postalCodeUnique: municipalities.postalCodeUnique,
      districtFullName: districts.name,
      districtType: districts.type,
    })
    .from(municipalities)
    .innerJoin(states, eq(states.code, municipalities.stateCode))
    .innerJoin(districts, eq(districts.code, municipalities.districtCode))
    .where(eq(municipalities.ags, ags))
    .limit(1);
  return row ?? null;
}

/** The 16 states for filters; reference data, so kept in the process for a while. */
export const listStates = processCached(10 * 60_000, () => db.select({ code: states.code, name: states.name }).from(states).orderBy(asc(states.name)));

export async function listDistricts(stateCode?: string) {
  return db
    .select({ code: districts.code, name: districts.shortName, type: districts.type, stateCode: districts.stateCode })
    .from(districts)
    .where(stateCode ? eq(districts.stateCode, stateCode) : undefined)
    .orderBy(asc(districts.shortName), asc(districts.code));
}

export async function countMunicipalities(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(municipalities);
  return row?.n ?? 0;
}

/**
 * What a member typed when the picker could not help (no JavaScript, or no choice made): an AGS,
 * or a name that matches exactly one municipality. Anything ambiguous stays unresolved.
 */
export async function resolveMunicipalityText(text: string): Promise<string | null> {
  const value = text.trim();
  if (isAgs(value)) return (await getMunicipalityByAgs(value))?.ags ?? null;
  if (value.length < 2) return null;
  const rows = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(or(sql`lower(${municipalities.shortName}) = lower(${value})`, sql`lower(${municipalities.name}) = lower(${value})`))
    .limit(2);
  return rows.length === 1 ? rows[0]!.ags : null;
}
