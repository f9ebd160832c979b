import "server-only";
import { and, asc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { users } from "@/db/schema";
import type { HandoverCounts } from "./jobs";

/** The member whose contributions are to be handed over: name and municipality, for the page's heading. */
export async function getLeaver(memberId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, municipalityAgs: users.municipalityAgs, status: users.status })
    .from(users)
    .where(eq(users.id, memberId))
    .limit(1);
  return row ?? null;
}

/** Who may take over: the other verified members of the leaver's municipality, by name. */
export async function listSuccessors(leaverId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        ne(users.id, leaverId),
        eq(users.status, "verified"),
        isNotNull(users.name),
        sql`${users.municipalityAgs} = (select l.municipality_ags from users l where l.id = ${leaverId})`,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}

/** What a handover would move now (the same rows handOver writes). */
export async function handoverSummary(leaverId: string): Promise<HandoverCounts> {
  const [row] = await queryRows<HandoverCounts>(sql`
    select
      (select count(*)::int from solutions where author_id = ${leaverId}) as solutions,
      (select count(*)::int from solution_coauthors where user_id = ${leaverId}) as coauthorships,
      (select count(distinct m.id)::int from meetups m
        where m.created_by_id = ${leaverId} or exists (select 1 from meetup_organisers o where o.meetup_id = m.id and o.user_id = ${leaverId})) as meetups,
      (select count(*)::int from solutions s, users u where u.id = ${leaverId} and u.email is not null and lower(s.contact_email) = lower(u.email) and s.municipality_ags = u.municipality_ags) as contacts
  `);
  return { solutions: row?.solutions ?? 0, coauthorships: row?.coauthorships ?? 0, meetups: row?.meetups ?? 0, contacts: row?.contacts ?? 0 };
}

/**
 * Whether a published solution's contact left, and whether the viewer may take over: a verified
 * member of the solution's municipality (the same rule takeOverContact writes with).
 */
export async function contactLeftState(solutionId: string, viewerId: string | null): Promise<{ left: boolean; canTakeOver: boolean }> {
  const [row] = await queryRows<{ left: boolean; can_take_over: boolean }>(sql`
    select s.contact_left_at is not null as left,
      ${viewerId ? sql`exists (select 1 from users m where m.id = ${viewerId} and m.status = 'verified' and m.municipality_ags = s.municipality_ags)` : sql`false`} as can_take_over
    from solutions s where s.id = ${solutionId} and s.state = 'published'`);
  return { left: Boolean(row?.left), canTakeOver: Boolean(row?.left && row.can_take_over) };
}
