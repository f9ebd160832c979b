import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { meetups } from "@/db/schema";
import { fail, type Result } from "@/lib/result";
import { isUuid, manageableBy, notAllowed, notFound } from "./permissions";

/**
 * Deletes a meetup that was never published (a draft: nobody could register, nothing was mailed or
 * put into a calendar). Published and cancelled meetups are cancelled, never deleted. Someone who
 * may not manage a draft learns nothing about it: for them it does not exist.
 */
export async function deleteDraftMeetup({ meetupId, userId }: { meetupId: string; userId: string }): Promise<Result> {
  if (!isUuid(meetupId)) return notFound();
  const deleted = await db
    .delete(meetups)
    .where(and(eq(meetups.id, meetupId), eq(meetups.state, "draft"), manageableBy(userId)))
    .returning({ id: meetups.id });
  if (deleted.length > 0) return { ok: true };
  const [row] = await db
    .select({ state: meetups.state, canManage: sql<boolean>`${manageableBy(userId)}` })
    .from(meetups)
    .where(eq(meetups.id, meetupId))
    .limit(1);
  if (!row || (row.state === "draft" && !row.canManage)) return notFound();
  if (!row.canManage) return notAllowed();
  return fail("form", "errors.meetups.deleteOnlyDrafts");
}
