import "server-only";
import { count, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { countMunicipalities } from "@/lib/municipalities/queries";
import { countServices } from "@/lib/services/queries";
import { countMunicipalitiesRunningLive } from "@/lib/solutions/live-queries";
import { countSolutions } from "@/lib/solutions/queries";

export async function getPlatformCounts() {
  const [municipalityCount, serviceCount, solutionCount, liveMunicipalities, [members]] = await Promise.all([
    countMunicipalities(),
    countServices(),
    countSolutions(),
    countMunicipalitiesRunningLive(),
    // Only members who completed their profile count; a typed-in address alone is no member.
    db.select({ n: count() }).from(users).where(isNotNull(users.municipalityAgs)),
  ]);
  return { solutions: solutionCount, municipalities: municipalityCount, services: serviceCount, liveMunicipalities, members: members?.n ?? 0 };
}
