import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { solutionLinks, solutionServices, solutions, solutionTags, type SolutionSnapshot } from "@/db/schema";

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
