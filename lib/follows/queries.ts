import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { follows, meetups, municipalities, ozgServices, solutions, themenfelder, users, type FollowTarget } from "@/db/schema";

export type FollowKey = { target: FollowTarget; targetId: string };
export const followKey = ({ target, targetId }: FollowKey) => `${target}:${targetId}`;

/**
 * Which of these targets the member actively follows, as `target:id` keys (one query for a page
 * with several follow buttons). Signed-out viewers follow nothing.
 */
export async function listFollowedKeys(memberId: string | undefined, keys: FollowKey[]): Promise<Set<string>> {
  if (!memberId || keys.length === 0) return new Set();
  const found = await db
    .select({ target: follows.target, targetId: follows.targetId })
    .from(follows)
    .where(
      and(
        eq(follows.memberId, memberId),
        eq(follows.active, true),
        or(...keys.map((k) => and(eq(follows.target, k.target), eq(follows.targetId, k.targetId)))),
      ),
    );
  return new Set(found.map(followKey));
}

export async function isFollowing(memberId: string | undefined, target: FollowTarget, targetId: string): Promise<boolean> {
  return (await listFollowedKeys(memberId, [{ target, targetId }])).has(followKey({ target, targetId }));
}

/** One line of "Ich folge": what it is, its name and where it lives. */
export type FollowedItem = FollowKey & { label: string; href: string; automatic: boolean };

/**
 * Everything the member actively follows that still exists and they may see (a solution or
 * meetup that went back to draft drops out of the list, its follow row stays), grouped by kind
 * and sorted by name.
 */
export async function listFollows(memberId: string): Promise<FollowedItem[]> {
  const mine = (target: FollowTarget) => and(eq(follows.memberId, memberId), eq(follows.active, true), eq(follows.target, target));
  const [solutionRows, meetupRows, serviceRows, themenfeldRows, municipalityRows, memberRows] = await Promise.all([
    db
      .select({ targetId: follows.targetId, label: solutions.title, slug: solutions.slug, automatic: follows.automatic })
      .from(follows)
      .innerJoin(solutions, and(eq(sql`${solutions.id}::text`, follows.targetId), eq(solutions.state, "published")))
      .where(mine("solution"))
      .orderBy(asc(solutions.title)),
    db
      .select({ targetId: follows.targetId, label: meetups.title, slug: meetups.slug, automatic: follows.automatic })
      .from(follows)
      .innerJoin(meetups, and(eq(sql`${meetups.id}::text`, follows.targetId), inArray(meetups.state, ["published", "cancelled"])))
      .where(mine("meetup"))
      .orderBy(asc(meetups.title)),
    db
      .select({ targetId: follows.targetId, label: ozgServices.name, automatic: follows.automatic })
      .from(follows)
      .innerJoin(ozgServices, eq(sql`${ozgServices.id}::text`, follows.targetId))
      .where(mine("service"))
      .orderBy(asc(ozgServices.name)),
    db
      .select({ targetId: follows.targetId, label: themenfelder.name, automatic: follows.automatic })
      .from(follows)
      .innerJoin(themenfelder, eq(sql`${themenfelder.id}::text`, follows.targetId))
      .where(mine("themenfeld"))
      .orderBy(asc(themenfelder.name)),
    db
      .select({ targetId: follows.targetId, label: municipalities.shortName, automatic: follows.automatic })
      .from(follows)
      .innerJoin(municipalities, eq(municipalities.ags, follows.targetId))
      .where(mine("municipality"))
      .orderBy(asc(municipalities.shortName)),
    db
      .select({ targetId: follows.targetId, label: sql<string>`coalesce(${users.name}, '')`, automatic: follows.automatic })
      .from(follows)
      .innerJoin(users, eq(users.id, follows.targetId))
      .where(mine("member"))
      .orderBy(asc(users.name)),
  ]);
  return [
    ...solutionRows.map((r) => ({ target: "solution" as const, targetId: r.targetId, label: r.label, href: `/solutions/${r.slug}`, automatic: r.automatic })),
    ...meetupRows.map((r) => ({ target: "meetup" as const, targetId: r.targetId, label: r.label, href: `/meetups/${r.slug}`, automatic: r.automatic })),
    ...serviceRows.map((r) => ({ target: "service" as const, targetId: r.targetId, label: r.label, href: `/services/${r.targetId}`, automatic: r.automatic })),
    ...themenfeldRows.map((r) => ({ target: "themenfeld" as const, targetId: r.targetId, label: r.label, href: `/services#themenfeld-${r.targetId}`, automatic: r.automatic })),
    ...municipalityRows.map((r) => ({ target: "municipality" as const, targetId: r.targetId, label: r.label, href: `/municipalities/${r.targetId}`, automatic: r.automatic })),
    // Member profiles come later; until then a member is named without a link.
    ...memberRows.map((r) => ({ target: "member" as const, targetId: r.targetId, label: r.label, href: "", automatic: r.automatic })),
  ];
}
