import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { follows, type FollowTarget } from "@/db/schema";
import { fail, type Result } from "@/lib/result";
import { isTargetId } from "./schema";

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

/**
 * The SQL condition "this target exists and the member may follow it": published solutions and
 * meetups only (a draft is "not found" to everyone, its authors included), existing services,
 * Themenfelder and municipalities, and other members with a profile.
 */
export function followableTarget(memberId: string, target: FollowTarget, targetId: string): SQL {
  switch (target) {
    case "solution":
      return sql`exists (select 1 from solutions where id = ${targetId}::uuid and state = 'published')`;
    case "meetup":
      return sql`exists (select 1 from meetups where id = ${targetId}::uuid and state = 'published')`;
    case "service":
      return sql`exists (select 1 from ozg_services where id = ${Number(targetId)})`;
    case "themenfeld":
      return sql`exists (select 1 from themenfelder where id = ${Number(targetId)})`;
    case "municipality":
      return sql`exists (select 1 from municipalities where ags = ${targetId})`;
    case "member":
      return sql`exists (select 1 from users where id = ${targetId} and id <> ${memberId} and name is not null)`;
  }
}

/**
 * The member follows (`follow`) or unfollows the target. An unfollow keeps the row with
 * `active = false`, so a later automatic follow (autoFollow) leaves it alone. One statement: the
 * target's existence and visibility and the member's complete profile are part of its `WHERE`, and
 * the primary key makes a form sent twice (or two at once) a single row.
 */
export async function setFollow(options: { memberId: string; target: FollowTarget; targetId: string; follow: boolean }): Promise<Result<{ following: boolean }>> {
  const { memberId, target, targetId, follow } = options;
  if (!isTargetId(target, targetId)) return fail("form", "follows.notFound");
  const written = await db.execute(sql`
    insert into follows (member_id, target, target_id, active, automatic)
    select ${memberId}, ${target}, ${targetId}, ${follow}, false
    where ${followableTarget(memberId, target, targetId)}
      and exists (select 1 from users u where u.id = ${memberId} and u.name is not null and u.municipality_ags is not null)
    on conflict (member_id, target, target_id) do update set active = excluded.active, automatic = false
    returning 1 as one`);
  const rows = Array.isArray(written) ? written : ((written as { rows?: unknown[] }).rows ?? []);
  if (rows.length === 0) return fail("form", "follows.notFound");
  return { ok: true, following: follow };
}
