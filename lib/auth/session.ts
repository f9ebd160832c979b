import "server-only";
import { eq } from "drizzle-orm";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { db } from "@/db/client";
import { municipalities, users } from "@/db/schema";
import { redirect } from "@/i18n/navigation";
import { auth } from "./config";

export type CurrentMember = NonNullable<Awaited<ReturnType<typeof loadMember>>>;

async function loadMember(userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      roleTitle: users.roleTitle,
      municipalityAgs: users.municipalityAgs,
      municipalityName: municipalities.shortName,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/** The signed-in member with their profile, or null. Read once per request. */
export const getCurrentMember = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadMember(id) : null;
});

export function hasCompleteProfile(member: CurrentMember): boolean {
  return Boolean(member.name && member.municipalityAgs);
}

/** For pages and actions that need a member: sends everyone else to sign-in, then back here. */
export async function requireMember(returnTo: string): Promise<CurrentMember> {
  const member = await getCurrentMember();
  if (!member) {
    const locale = await getLocale();
    redirect({ href: { pathname: "/signin", query: { callbackUrl: returnTo } }, locale });
  }
  return member!;
}
