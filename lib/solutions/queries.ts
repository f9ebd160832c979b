import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  municipalities,
  ozgServices,
  solutionCoauthors,
  solutionReuses,
  solutions,
  solutionServices,
  states,
  themenfelder,
  users,
  type SolutionStatus,
} from "@/db/schema";
import { solutionPageVisibleTo, solutionVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer, solutionFieldsFor, type Viewer } from "@/lib/visibility/rules";
import { editableBy, writtenBy } from "./permissions";
import { editableColumns, loadLinks, loadServiceIds, loadTags } from "./revisions";

export type SolutionListItem = {
  slug: string;
  title: string;
  summary: string;
  municipality: { ags: string; name: string };
  services: { id: number; name: string }[];
  // The Themenfeld of the first (main) service.
  themenfeld: { id: number; name: string } | null;
  maturity: number;
  status: SolutionStatus;
  reuseCount: number;
  // "Hilfreich" reactions of members.
  helpfulCount: number;
  updatedAt: Date;
  publishedAt: Date | null;
  // When the authors last vouched that it is still live (the publication counts as the first time).
  confirmedAt: Date | null;
};

export const published = eq(solutions.state, "published");

/**
 * Which solutions the catalogue, its search and the sitemap may show the viewer: published and
 * visible to them. The one place for that rule; lib/search reads it from here.
 */
export function catalogueVisible(viewer: Viewer): SQL {
  return and(published, solutionVisibleTo(viewer))!;
}

/** Newest first; the id breaks ties, so paging never repeats or skips a row. */
export const newestFirst = [sql`${solutions.publishedAt} desc nulls last`, asc(solutions.id)];
// Every municipality that marked the solution counts, whether it is still considering or already live.
const reuseCount = () => db.$count(solutionReuses, eq(solutionReuses.solutionId, solutions.id));

/**
 * Lists are built in two steps: first the ordered ids of one page (narrow columns, so sorting a
 * large match set stays cheap), then the display fields and services of just those rows, in one
 * statement (the services as a JSON array, in the order the authors gave them).
 */
export async function listItemsByIds(ids: string[]): Promise<SolutionListItem[]> {
  if (ids.length === 0) return [];
  // One join and GROUP BY rather than a subquery per row: the planner scans ozg_services for each
  // row of a correlated subquery, and this is on every list page.
  const services = sql<{ id: number; name: string; themenfeldId: number; themenfeld: string }[]>`coalesce(
    json_agg(json_build_object('id', ${ozgServices.id}, 'name', ${ozgServices.name}, 'themenfeldId', ${themenfelder.id}, 'themenfeld', ${themenfelder.name})
      order by ${solutionServices.position}, ${ozgServices.id}) filter (where ${ozgServices.id} is not null),
    '[]'::json)`;
  const rows = await db
    .select({
      id: solutions.id,
      slug: solutions.slug,
      title: solutions.title,
      summary: solutions.summary,
      municipalityAgs: municipalities.ags,
      municipalityName: municipalities.shortName,
      maturity: solutions.maturity,
      status: solutions.status,
      reuseCount: reuseCount(),
      helpfulCount: solutions.helpfulCount,
      updatedAt: solutions.updatedAt,
      publishedAt: solutions.publishedAt,
      confirmedAt: solutions.confirmedAt,
      services,
    })
    .from(solutions)
    .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
    .leftJoin(solutionServices, eq(solutionServices.solutionId, solutions.id))
    .leftJoin(ozgServices, eq(ozgServices.id, solutionServices.ozgServiceId))
    .leftJoin(themenfelder, eq(themenfelder.id, ozgServices.themenfeldId))
    .where(inArray(solutions.id, ids))
    .groupBy(solutions.id, municipalities.ags);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    // Both drivers (PGlite, postgres.js) parse json columns.
    const services = row.services;
    const main = services[0];
    return [
      {
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        municipality: { ags: row.municipalityAgs, name: row.municipalityName },
        services: services.map((s) => ({ id: s.id, name: s.name })),
        themenfeld: main ? { id: main.themenfeldId, name: main.themenfeld } : null,
        maturity: row.maturity,
        status: row.status,
        reuseCount: row.reuseCount,
        helpfulCount: row.helpfulCount,
        updatedAt: row.updatedAt,
        publishedAt: row.publishedAt,
        confirmedAt: row.confirmedAt ?? row.publishedAt,
      },
    ];
  });
}

async function listPublished(viewer: Viewer, where: SQL | undefined, orderBy: SQL[], limit: number): Promise<SolutionListItem[]> {
  const rows = await db
    .select({ id: solutions.id })
    .from(solutions)
    .where(and(catalogueVisible(viewer), where))
    .orderBy(...orderBy)
    .limit(limit);
  return listItemsByIds(rows.map((r) => r.id));
}

/**
 * One solution with everything the detail and edit pages show, as `viewer` may see it. Drafts are
 * visible to their authors, co-authors, moderators and admins only; a published one as
 * lib/visibility's page rule says (a network solution to verified members, a hidden one to
 * moderators and its own authors). For everyone else it does not exist, exactly like an unknown
 * slug. Members-only fields come back as null for viewers who may not see them, named in
 * `hiddenFields`.
 */
export async function getSolutionBySlug(slug: string, viewer: Viewer = anonymousViewer) {
  const viewerId = viewer?.id;
  const basedOn = alias(solutions, "based_on");
  const basedOnMunicipality = alias(municipalities, "based_on_municipality");
  const canEdit = viewerId ? editableBy(viewerId) : sql`false`;
  // Vouching that it is still current is for the people who wrote it, not for moderators.
  const canConfirm = viewerId ? writtenBy(viewerId) : sql`false`;
  const [row] = await db
    .select({
      id: solutions.id,
      slug: solutions.slug,
      // The same editable fields a revision snapshot holds.
      ...editableColumns,
      state: solutions.state,
      version: solutions.version,
      confirmedAt: solutions.confirmedAt,
      createdAt: solutions.createdAt,
      updatedAt: solutions.updatedAt,
      publishedAt: solutions.publishedAt,
      municipality: {
        ags: municipalities.ags,
        name: municipalities.shortName,
        fullName: municipalities.name,
        stateName: states.name,
      },
      author: { id: users.id, name: users.name },
      // A withdrawn original is not linked to, like any other draft.
      basedOnSlug: sql<string | null>`case when ${basedOn.state} = 'published' then ${basedOn.slug} end`,
      basedOnTitle: sql<string | null>`case when ${basedOn.state} = 'published' then ${basedOn.title} end`,
      basedOnMunicipality: sql<string | null>`case when ${basedOn.state} = 'published' then ${basedOnMunicipality.shortName} end`,
      reuseCount: reuseCount(),
      helpfulCount: solutions.helpfulCount,
      canEdit: sql<boolean>`${canEdit}`,
      canConfirm: sql<boolean>`${canConfirm}`,
      // Only its authors and moderators get a hidden solution at all (the rule above): they read why.
      hiddenAt: solutions.hiddenAt,
      hiddenNote: solutions.hiddenNote,
    })
    .from(solutions)
    .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
    .innerJoin(states, eq(states.code, municipalities.stateCode))
    .leftJoin(users, eq(users.id, solutions.authorId))
    .leftJoin(basedOn, eq(basedOn.id, solutions.basedOnId))
    .leftJoin(basedOnMunicipality, eq(basedOnMunicipality.ags, basedOn.municipalityAgs))
    .where(and(eq(solutions.slug, slug), or(and(published, solutionPageVisibleTo(viewer)), canEdit)))
    .limit(1);
  if (!row) return null;
  // The original it builds on is linked only where the viewer could open it.
  const basedOnVisible = row.basedOnSlug ? await originVisible(row.basedOnSlug, viewer) : false;

  const [serviceIds, services, tags, links, coauthors] = await Promise.all([
    loadServiceIds(db, row.id),
    db
      .select({ id: ozgServices.id, name: ozgServices.name, themenfeldId: themenfelder.id, themenfeld: themenfelder.name })
      .from(solutionServices)
      .innerJoin(ozgServices, eq(ozgServices.id, solutionServices.ozgServiceId))
      .innerJoin(themenfelder, eq(themenfelder.id, ozgServices.themenfeldId))
      .where(eq(solutionServices.solutionId, row.id))
      .orderBy(asc(solutionServices.position), asc(ozgServices.id)),
    loadTags(db, row.id),
    loadLinks(db, row.id),
    db
      .select({ id: users.id, name: users.name })
      .from(solutionCoauthors)
      .innerJoin(users, eq(users.id, solutionCoauthors.userId))
      .where(eq(solutionCoauthors.solutionId, row.id))
      .orderBy(asc(solutionCoauthors.createdAt), asc(users.id)),
  ]);
  const { basedOnSlug, basedOnTitle, basedOnMunicipality: basedOnTown, ...stored } = row;
  const { fields: rest, hiddenFields } = solutionFieldsFor(viewer, row, stored, row.canEdit);
  return {
    ...rest,
    hiddenFields,
    basedOn: basedOnSlug && basedOnVisible ? { slug: basedOnSlug, title: basedOnTitle!, municipalityName: basedOnTown! } : null,
    serviceIds,
    services,
    tags,
    links,
    coauthors,
  };
}
async function originVisible(slug: string, viewer: Viewer): Promise<boolean> {
  const [row] = await db.select({ id: solutions.id }).from(solutions).where(and(eq(solutions.slug, slug), catalogueVisible(viewer))).limit(1);
  return Boolean(row);
}

export type SolutionDetail = NonNullable<Awaited<ReturnType<typeof getSolutionBySlug>>>;

export async function listReusesOfSolution(solutionId: string) {
  return db
    .select({
      municipality: { ags: municipalities.ags, name: municipalities.shortName },
      member: { id: users.id, name: users.name },
      status: solutionReuses.status,
      updatedAt: solutionReuses.updatedAt,
    })
    .from(solutionReuses)
    .innerJoin(municipalities, eq(municipalities.ags, solutionReuses.municipalityAgs))
    .leftJoin(users, eq(users.id, solutionReuses.memberId))
    .where(eq(solutionReuses.solutionId, solutionId))
    .orderBy(desc(solutionReuses.updatedAt), asc(municipalities.shortName));
}

/** What a municipality reuses from others (published solutions the viewer may see). */
export async function listReusesOfMunicipality(ags: string, viewer: Viewer = anonymousViewer) {
  const origin = alias(municipalities, "origin");
  const rows = await db
    .select({
      slug: solutions.slug,
      title: solutions.title,
      originAgs: origin.ags,
      originName: origin.shortName,
      status: solutionReuses.status,
      updatedAt: solutionReuses.updatedAt,
    })
    .from(solutionReuses)
    .innerJoin(solutions, eq(solutions.id, solutionReuses.solutionId))
    .innerJoin(origin, eq(origin.ags, solutions.municipalityAgs))
    .where(and(eq(solutionReuses.municipalityAgs, ags), catalogueVisible(viewer)))
    .orderBy(desc(solutionReuses.updatedAt), asc(solutions.slug));
  return rows.map((r) => ({
    solution: { slug: r.slug, title: r.title, municipality: { ags: r.originAgs, name: r.originName } },
    status: r.status,
    updatedAt: r.updatedAt,
  }));
}

/** A shelf of a longer list: the first `limit` items and how many there are in all. */
export type Shelf = { items: SolutionListItem[]; total: number };

async function shelf(viewer: Viewer, where: SQL, orderBy: SQL[], limit: number): Promise<Shelf> {
  const [items, [row]] = await Promise.all([listPublished(viewer, where, orderBy, limit), db.select({ n: count() }).from(solutions).where(and(catalogueVisible(viewer), where))]);
  return { items, total: row?.n ?? 0 };
}

/** The newest solutions of a municipality; the catalogue (`/solutions?ags=`) pages through all. */
export async function listSolutionsOfMunicipality(ags: string, limit = 12, viewer: Viewer = anonymousViewer): Promise<Shelf> {
  return shelf(viewer, eq(solutions.municipalityAgs, ags), newestFirst, limit);
}

const offersService = (serviceId: number) =>
  inArray(solutions.id, db.select({ id: solutionServices.solutionId }).from(solutionServices).where(eq(solutionServices.ozgServiceId, serviceId)));

/**
 * The most mature solutions first: on a service page the question is "who has this running?". The
 * catalogue (`/solutions?service=`) pages through all of them.
 */
export async function listSolutionsForService(serviceId: number, limit = 12, viewer: Viewer = anonymousViewer): Promise<Shelf> {
  return shelf(viewer, offersService(serviceId), [desc(solutions.maturity), ...newestFirst], limit);
}

export async function listDerivedSolutions(solutionId: string, limit = 100, viewer: Viewer = anonymousViewer) {
  return listPublished(viewer, eq(solutions.basedOnId, solutionId), newestFirst, limit);
}

export async function listNewestSolutions(n: number, viewer: Viewer = anonymousViewer) {
  return listPublished(viewer, undefined, newestFirst, n);
}

/** Only solutions that someone reuses: a "most reused" list padded with unused ones would mislead. */
export async function listMostReusedSolutions(n: number, viewer: Viewer = anonymousViewer) {
  const rows = await db
    .select({ id: solutionReuses.solutionId })
    .from(solutionReuses)
    .innerJoin(solutions, eq(solutions.id, solutionReuses.solutionId))
    .where(catalogueVisible(viewer))
    .groupBy(solutionReuses.solutionId, solutions.publishedAt)
    .orderBy(desc(count()), sql`${solutions.publishedAt} desc nulls last`, asc(solutionReuses.solutionId))
    .limit(n);
  return listItemsByIds(rows.map((r) => r.id));
}

export async function countSolutions(viewer: Viewer = anonymousViewer): Promise<number> {
  const [row] = await db.select({ n: count() }).from(solutions).where(catalogueVisible(viewer));
  return row?.n ?? 0;
}

