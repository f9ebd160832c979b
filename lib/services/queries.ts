import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { lebenslagen, leikaServices, ozgServices, themenfelder } from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import { MAX_SERVICE_ID } from "@/lib/validation";
import { processCached } from "@/lib/process-cache";
import type { ServiceSearch } from "./schema";

export type ServiceListItem = {
  id: number;
  name: string;
  themenfeldId: number;
  themenfeld: string;
  lebenslage: string;
};

/**
 * A service matches by its own name or by the name of a LeiKa service it bundles: people search for
 * "Hundesteuer", the catalogue calls it something broader. First as typed (a substring); only when
 * that finds nothing, with typos too ("Hundesteur", pg_trgm word similarity). Word similarity for
 * every LeiKa name cost 50 ms a search, and a word that matches as typed needs no typo match.
 */
function serviceFilter(search: Pick<ServiceSearch, "q" | "themenfeld">, typos = false): { where?: SQL; rank: SQL[] } {
  const conditions: SQL[] = [];
  const rank: SQL[] = [];
  if (search.themenfeld) conditions.push(eq(ozgServices.themenfeldId, search.themenfeld));
  if (search.q) {
    const pattern = `%${likeEscape(search.q)}%`;
    const own = typos ? sql`${search.q} <% ${ozgServices.name}` : ilike(ozgServices.name, pattern);
    const leika = typos ? sql`${search.q} <% ${leikaServices.name}` : ilike(leikaServices.name, pattern);
    conditions.push(or(own, inArray(ozgServices.id, db.select({ id: leikaServices.ozgServiceId }).from(leikaServices).where(leika)))!);
    rank.push(desc(sql`${ozgServices.name} ilike ${pattern}`), desc(sql`word_similarity(${search.q}, ${ozgServices.name})`));
  }
  return { where: conditions.length ? and(...conditions) : undefined, rank };
}

/** The services matching as typed, or, when none does, those matching with typos. */
async function withTypoRetry<T extends { total: number }>(search: Pick<ServiceSearch, "q" | "themenfeld">, run: (filter: ReturnType<typeof serviceFilter>) => Promise<T>): Promise<T> {
  const exact = await run(serviceFilter(search));
  if (exact.total > 0 || !search.q) return exact;
  return run(serviceFilter(search, true));
}

const listColumns = {
  id: ozgServices.id,
  name: ozgServices.name,
  themenfeldId: ozgServices.themenfeldId,
  themenfeld: themenfelder.name,
  lebenslage: lebenslagen.name,
};

export function searchServices(search: ServiceSearch): Promise<Page<ServiceListItem>> {
  return withTypoRetry(search, (filter) => servicesPage(search, filter));
}

async function servicesPage(search: ServiceSearch, { where, rank }: ReturnType<typeof serviceFilter>): Promise<Page<ServiceListItem>> {
  const [items, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(ozgServices)
      .innerJoin(themenfelder, eq(themenfelder.id, ozgServices.themenfeldId))
      .innerJoin(lebenslagen, eq(lebenslagen.id, ozgServices.lebenslageId))
      .where(where)
      .orderBy(...rank, asc(ozgServices.name), asc(ozgServices.id))
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ n: count() }).from(ozgServices).where(where),
  ]);
  return { items, total: total?.n ?? 0, page: search.page, pageSize: search.pageSize };
}

/** The whole catalogue (or the matches of a search), grouped by Themenfeld for the /services page. */
export function listServicesByThemenfeld(search: Pick<ServiceSearch, "q" | "themenfeld">) {
  return withTypoRetry(search, ({ where }) => servicesByThemenfeld(where));
}

async function servicesByThemenfeld(where: SQL | undefined) {
  const rows = await db
    .select(listColumns)
    .from(ozgServices)
    .innerJoin(themenfelder, eq(themenfelder.id, ozgServices.themenfeldId))
    .innerJoin(lebenslagen, eq(lebenslagen.id, ozgServices.lebenslageId))
    .where(where)
    .orderBy(asc(themenfelder.name), asc(ozgServices.name));
  const groups = new Map<number, { id: number; name: string; services: ServiceListItem[] }>();
  for (const row of rows) {
    const group = groups.get(row.themenfeldId) ?? { id: row.themenfeldId, name: row.themenfeld, services: [] };
    group.services.push(row);
    groups.set(row.themenfeldId, group);
  }
  return { groups: [...groups.values()], total: rows.length };
}

/** The 14 Themenfelder for filters; reference data, so kept in the process for a while. */
export const listThemenfelder = processCached(10 * 60_000, () =>
  db.select({ id: themenfelder.id, name: themenfelder.name }).from(themenfelder).orderBy(asc(themenfelder.name)),
);

/** OZG services by id, in the order asked for (unknown ids left out): the service picker's chosen list. */
export async function listServicesByIds(ids: number[]): Promise<{ id: number; name: string }[]> {
  const valid = ids.filter((id) => Number.isInteger(id) && id > 0 && id <= MAX_SERVICE_ID);
  if (valid.length === 0) return [];
  const rows = await db.select({ id: ozgServices.id, name: ozgServices.name }).from(ozgServices).where(inArray(ozgServices.id, valid));
  return valid.flatMap((id) => rows.filter((r) => r.id === id));
}

export async function getServiceById(id: number) {
  const [service] = await db
    .select(listColumns)
    .from(ozgServices)
    .innerJoin(themenfelder, eq(themenfelder.id, ozgServices.themenfeldId))
    .innerJoin(lebenslagen, eq(lebenslagen.id, ozgServices.lebenslageId))
    .where(eq(ozgServices.id, id))
    .limit(1);
  if (!service) return null;
  const leika = await db
    .select({ id: leikaServices.id, key: leikaServices.leikaKey, name: leikaServices.name, type: leikaServices.leikaType })
    .from(leikaServices)
    .where(eq(leikaServices.ozgServiceId, id))
    .orderBy(asc(leikaServices.name), asc(leikaServices.id));
  return { ...service, leika };
}

export async function countServices(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(ozgServices);
  return row?.n ?? 0;
}
