import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * Whether `actorId` may hand over `fromId`'s contributions to `toId`, read in every statement of the
 * handover: the actor is the leaver themself (verified) or an admin who is not suspended; the successor
 * is another verified member of the leaver's municipality. A suspension, a demotion or a change of
 * municipality between the form and the write matches no row.
 */
export function handoverAllowed(actorId: string, fromId: string, toId: string): SQL {
  return sql`(
    ${fromId} <> ${toId}
    and exists (
      select 1 from users actor
      where actor.id = ${actorId}
        and ((actor.id = ${fromId} and actor.status = 'verified') or (actor.role = 'admin' and actor.status <> 'suspended'))
    )
    and exists (
      select 1 from users leaver join users successor on successor.municipality_ags = leaver.municipality_ags
      where leaver.id = ${fromId} and successor.id = ${toId} and successor.status = 'verified'
    )
  )`;
}

/** A verified member of the solution's municipality (the solution row in scope as `solutions`). */
export function memberOfSolutionMunicipality(memberId: string): SQL {
  return sql`exists (
    select 1 from users m
    where m.id = ${memberId} and m.status = 'verified' and m.municipality_ags = "solutions"."municipality_ags"
  )`;
}
