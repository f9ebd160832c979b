import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { municipalities, users } from "@/db/schema";
import type { ProfileInput } from "./schema";

/** Returns false when the municipality does not exist (a forged or stale AGS). */
export async function updateProfile(memberId: string, input: ProfileInput): Promise<boolean> {
  const [municipality] = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, input.municipalityAgs))
    .limit(1);
  if (!municipality) return false;
  await db
    .update(users)
    .set({
      name: input.name,
      municipalityAgs: municipality.ags,
      roleTitle: input.roleTitle || null,
      updatedAt: new Date(),
    })
    .where(eq(users.id, memberId));
  return true;
}
