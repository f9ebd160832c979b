import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";

/** Public profile fields only: never e-mail addresses. */
export async function listMembersOfMunicipality(ags: string) {
  return db
    .select({ id: users.id, name: users.name, roleTitle: users.roleTitle, isDemo: users.isDemo })
    .from(users)
    .where(eq(users.municipalityAgs, ags))
    .orderBy(asc(users.name));
}

export async function countMembersOfMunicipality(ags: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.municipalityAgs, ags));
  return row?.n ?? 0;
}
