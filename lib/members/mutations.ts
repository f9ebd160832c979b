import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { municipalities, users, type MemberRole } from "@/db/schema";
import { routing } from "@/i18n/routing";
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

/**
 * Only admins change roles, and the check is part of the statement: the caller's own row must say
 * admin at the moment of the write. Admins cannot demote themselves (there must always be one).
 */
export async function changeMemberRole({ adminId, memberId, role }: { adminId: string; memberId: string; role: MemberRole }) {
  if (adminId === memberId) return { ok: false as const, error: "errors.roleOwn" };
  const [admin] = await db.select({ role: users.role }).from(users).where(eq(users.id, adminId)).limit(1);
  if (admin?.role !== "admin") return { ok: false as const, error: "errors.notAllowed" };
  const [row] = await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, memberId)).returning({ id: users.id });
  return row ? { ok: true as const } : { ok: false as const, error: "errors.memberUnknown" };
}

/** Remembers the language a member acts in, so that mails sent later (by the job worker) use it. */
export async function rememberLocale(memberId: string, locale: string): Promise<void> {
  const supported = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  await db.update(users).set({ locale: supported }).where(and(eq(users.id, memberId), ne(users.locale, supported)));
}
