import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { reactions, solutions } from "@/db/schema";

/** The "Hilfreich" count of a solution and whether the viewer pressed it. */
export async function getSolutionHelpful(solutionId: string, viewerId?: string): Promise<{ count: number; pressed: boolean }> {
  const [row] = await db.select({ count: solutions.helpfulCount }).from(solutions).where(eq(solutions.id, solutionId));
  const pressed = viewerId
    ? (await db.$count(reactions, and(eq(reactions.memberId, viewerId), eq(reactions.solutionId, solutionId)))) > 0
    : false;
  return { count: row?.count ?? 0, pressed };
}

/** Of these comments, the ones the viewer marked "Hilfreich" (one query for a whole thread list). */
export async function listHelpfulCommentIds(viewerId: string | undefined, commentIds: string[]): Promise<Set<string>> {
  if (!viewerId || commentIds.length === 0) return new Set();
  const found = await db
    .select({ id: reactions.commentId })
    .from(reactions)
    .where(and(eq(reactions.memberId, viewerId), inArray(reactions.commentId, commentIds)));
  return new Set(found.map((r) => r.id!));
}
