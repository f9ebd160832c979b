import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { follows, type FollowTarget } from "@/db/schema";

/**
 * Follows `target` for the member because of what they did there (wrote, commented, registered).
 * Does nothing when a row exists already — in particular when the member unfollowed it before: an
 * explicit unfollow is never undone by the app. Pass the transaction of the action.
 */
export async function autoFollow(executor: Executor, memberId: string, target: FollowTarget, targetId: string): Promise<void> {
  await executor
    .insert(follows)
    .values({ memberId, target, targetId, automatic: true, createdAt: sql`now()` })
    .onConflictDoNothing();
}
