import "server-only";
import { and, eq } from "drizzle-orm";
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
