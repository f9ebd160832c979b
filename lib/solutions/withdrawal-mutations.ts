import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { solutions } from "@/db/schema";
import { fail as failOn, type Failure, type Result } from "@/lib/result";
import { editableBy } from "./permissions";

const fail = (key: string): Failure => failOn("form", key);

/**
 * Why a write matched no row, told the way the member may know it: a draft they may not edit does
 * not exist for them (like an unknown slug); a published one they may see, so they are refused.
 */
async function refusal(slug: string, memberId: string, wrongState: string): Promise<Failure> {
  const [row] = await db
    .select({ state: solutions.state, editable: sql<boolean>`${editableBy(memberId)}` })
    .from(solutions)
    .where(eq(solutions.slug, slug))
    .limit(1);
  if (!row || (row.state === "draft" && !row.editable)) return fail("errors.solutions.notFound");
  if (!row.editable) return fail("errors.solutions.notAllowed");
  return fail(wrongState);
}

/**
 * Takes a published solution back to draft: it leaves the catalogue, the API and every list, and
 * only its authors, co-authors and moderators still see it. Its revisions and the reuse marks of
 * other municipalities stay in place and count again once it is published again. Not a content
 * change, so the version stays (an open edit form can still be saved).
 */
export async function withdrawSolution({ memberId, slug }: { memberId: string; slug: string }): Promise<Result> {
  const [row] = await db
    .update(solutions)
    .set({ state: "draft", updatedAt: new Date(), updatedById: memberId })
    .where(and(eq(solutions.slug, slug), eq(solutions.state, "published"), editableBy(memberId)))
    .returning({ id: solutions.id });
  return row ? { ok: true } : refusal(slug, memberId, "errors.solutions.withdrawNotPublished");
}

/**
 * Deletes a draft that was never published. One that was (a withdrawn solution) has a history and
 * may carry other municipalities' reuse marks, lineage and meetup talks; it stays, withdrawn.
 */
export async function deleteDraftSolution({ memberId, slug }: { memberId: string; slug: string }): Promise<Result> {
  const deleted = await db
    .delete(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.state, "draft"), isNull(solutions.publishedAt), editableBy(memberId)))
    .returning({ id: solutions.id });
  return deleted.length > 0 ? { ok: true } : refusal(slug, memberId, "errors.solutions.deleteOnlyNeverPublished");
}

