import "server-only";
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { solutionLinks, solutionRevisions, solutions, solutionServices, solutionTags, users, type SolutionSnapshot } from "@/db/schema";
import { solutionPageVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer, solutionFieldsFor, type Viewer } from "@/lib/visibility/rules";
import { changedFields, snapshotToValues } from "./form-values";
import { editableBy } from "./permissions";

export const editableColumns = {
  title: solutions.title,
  summary: solutions.summary,
  body: solutions.body,
  municipalityAgs: solutions.municipalityAgs,
  status: solutions.status,
  goLiveDate: solutions.goLiveDate,
  maturity: solutions.maturity,
  software: solutions.software,
  vendor: solutions.vendor,
  isOpenSource: solutions.isOpenSource,
  repositoryUrl: solutions.repositoryUrl,
  costOneOffMin: solutions.costOneOffMin,
  costOneOffMax: solutions.costOneOffMax,
  costYearlyMin: solutions.costYearlyMin,
  costYearlyMax: solutions.costYearlyMax,
  effortPersonDays: solutions.effortPersonDays,
  lessonsLearned: solutions.lessonsLearned,
  contactName: solutions.contactName,
  contactEmail: solutions.contactEmail,
  contactPhone: solutions.contactPhone,
  basedOnId: solutions.basedOnId,
  visibility: solutions.visibility,
  membersOnlyFields: solutions.membersOnlyFields,
};

export async function loadServiceIds(database: Executor, solutionId: string): Promise<number[]> {
  const rows = await database
    .select({ id: solutionServices.ozgServiceId })
    .from(solutionServices)
    .where(eq(solutionServices.solutionId, solutionId))
    .orderBy(asc(solutionServices.position), asc(solutionServices.ozgServiceId));
  return rows.map((r) => r.id);
}

export async function loadTags(database: Executor, solutionId: string): Promise<string[]> {
  const rows = await database
    .select({ tag: solutionTags.tag })
    .from(solutionTags)
    .where(eq(solutionTags.solutionId, solutionId))
    .orderBy(asc(solutionTags.tag));
  return rows.map((r) => r.tag);
}

export async function loadLinks(database: Executor, solutionId: string) {
  return database
    .select({ kind: solutionLinks.kind, url: solutionLinks.url, label: solutionLinks.label })
    .from(solutionLinks)
    .where(eq(solutionLinks.solutionId, solutionId))
    .orderBy(asc(solutionLinks.position), asc(solutionLinks.id));
}

/** The editable content as stored, read inside the writing transaction so that it is exactly what was saved. */
export async function loadSnapshot(database: Executor, solutionId: string): Promise<SolutionSnapshot | null> {
  const [row] = await database.select(editableColumns).from(solutions).where(eq(solutions.id, solutionId)).limit(1);
  if (!row) return null;
  // One after the other: inside a transaction the statements share a single connection anyway.
  const serviceIds = await loadServiceIds(database, solutionId);
  const tags = await loadTags(database, solutionId);
  const links = await loadLinks(database, solutionId);
  return { ...row, serviceIds, tags, links };
}

/** Snapshots written before the form offered visibility were public with the contact for members only. */
export function withSnapshotDefaults(snapshot: SolutionSnapshot): SolutionSnapshot {
  return { ...snapshot, visibility: snapshot.visibility ?? "public", membersOnlyFields: snapshot.membersOnlyFields ?? ["contact"] };
}

/**
 * The history page: every version of a solution the viewer may see, newest first, each with the
 * fields it changed against the version before. The solution is found under the page's own rule
 * (lib/visibility: published and visible to the viewer, or editable by them). Viewers who are not
 * verified members get each snapshot without its members-only fields — those the solution keeps to
 * members now and those that version kept to members — and without contact e-mail and phone.
 */
export async function listRevisionChanges(slug: string, viewer: Viewer = anonymousViewer) {
  const canEdit = viewer ? editableBy(viewer.id) : sql`false`;
  const [solution] = await db
    .select({ id: solutions.id, visibility: solutions.visibility, membersOnlyFields: solutions.membersOnlyFields, canEdit: sql<boolean>`${canEdit}` })
    .from(solutions)
    .where(and(eq(solutions.slug, slug), or(and(eq(solutions.state, "published"), solutionPageVisibleTo(viewer)), canEdit)))
    .limit(1);
  if (!solution) return [];
  const stored = await db
    .select({ version: solutionRevisions.version, createdAt: solutionRevisions.createdAt, editorName: users.name, snapshot: solutionRevisions.snapshot })
    .from(solutionRevisions)
    .leftJoin(users, eq(users.id, solutionRevisions.editorId))
    .where(eq(solutionRevisions.solutionId, solution.id))
    .orderBy(desc(solutionRevisions.version));
  const full = stored.map((r) => {
    const snapshot = withSnapshotDefaults(r.snapshot);
    const rule = { visibility: solution.visibility, membersOnlyFields: [...new Set([...solution.membersOnlyFields, ...snapshot.membersOnlyFields])] };
    return { ...r, snapshot: solutionFieldsFor(viewer, rule, snapshot, solution.canEdit).fields };
  });
  return full.map((revision, i) => {
    const previous = full[i + 1];
    return {
      version: revision.version,
      createdAt: revision.createdAt,
      editorName: revision.editorName,
      previousVersion: previous?.version ?? null,
      changes: previous ? changedFields(snapshotToValues(previous.snapshot), snapshotToValues(revision.snapshot)) : [],
    };
  });
}
