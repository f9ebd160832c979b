import "server-only";
import { and, asc, countDistinct, eq } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { municipalities, ozgServices, solutionReuses, solutions, solutionServices } from "@/db/schema";

/**
 * "Municipality X runs service Y live", one row per fact: X published a live solution for Y, or X
 * marked a published solution for Y as reused "live" (the reusing town runs it, whatever the
 * origin's own status). A withdrawn (draft) solution says nothing, for its authors nor for its
 * reusers, until it is published again.
 */
function liveOffers() {
  const own = db
    .select({ ags: solutions.municipalityAgs, serviceId: solutionServices.ozgServiceId })
    .from(solutions)
    .innerJoin(solutionServices, eq(solutionServices.solutionId, solutions.id))
    .where(and(eq(solutions.state, "published"), eq(solutions.status, "live")));
  const reused = db
    .select({ ags: solutionReuses.municipalityAgs, serviceId: solutionServices.ozgServiceId })
    .from(solutionReuses)
    .innerJoin(solutions, eq(solutions.id, solutionReuses.solutionId))
    .innerJoin(solutionServices, eq(solutionServices.solutionId, solutions.id))
    .where(and(eq(solutions.state, "published"), eq(solutionReuses.status, "live")));
  // UNION (not UNION ALL): a town with its own live solution and a live reuse runs the service once.
  return union(own, reused).as("live_offers");
}

/** Every municipality where the service runs live, by name. */
export async function listMunicipalitiesRunningService(serviceId: number): Promise<{ ags: string; name: string }[]> {
  const offers = liveOffers();
  return db
    .select({ ags: municipalities.ags, name: municipalities.shortName })
    .from(offers)
    .innerJoin(municipalities, eq(municipalities.ags, offers.ags))
    .where(eq(offers.serviceId, serviceId))
    .orderBy(asc(municipalities.shortName), asc(municipalities.ags));
}

/** The OZG services a municipality runs live, by name. */
export async function listServicesRunningIn(ags: string): Promise<{ id: number; name: string }[]> {
  const offers = liveOffers();
  return db
    .select({ id: ozgServices.id, name: ozgServices.name })
    .from(offers)
    .innerJoin(ozgServices, eq(ozgServices.id, offers.serviceId))
    .where(eq(offers.ags, ags))
    .orderBy(asc(ozgServices.name), asc(ozgServices.id));
}

/** How many municipalities run at least one service live. */
export async function countMunicipalitiesRunningLive(): Promise<number> {
  const offers = liveOffers();
  const [row] = await db.select({ n: countDistinct(offers.ags) }).from(offers);
  return row?.n ?? 0;
}
