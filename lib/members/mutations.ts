import "server-only";
import { and, eq, exists, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { municipalities, users, type MemberRole } from "@/db/schema";
import { routing } from "@/i18n/routing";
import { fail, type Result } from "@/lib/result";
import type { ProfileInput } from "./schema";

/** Refuses a municipality that does not exist (a forged or stale AGS). */
export async function updateProfile(memberId: string, input: ProfileInput): Promise<Result> {
  const [municipality] = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, input.municipalityAgs))
    .limit(1);
  if (!municipality) return fail("municipalityAgs", "errors.municipalityUnknown");
  await db
    .update(users)
    .set({
      name: input.name,
      municipalityAgs: municipality.ags,
      roleTitle: input.roleTitle || null,
      updatedAt: new Date(),
    })
    .where(eq(users.id, memberId));
  return { ok: true };
}

const caller = alias(users, "caller");

/**
 * Only admins change roles, and the check is part of the UPDATE: the caller's own row must say
 * admin in the statement that writes, so a right revoked a moment before counts. Admins cannot
 * demote themselves (there must always be one).
 */
export async function changeMemberRole({ adminId, memberId, role }: { adminId: string; memberId: string; role: MemberRole }): Promise<Result> {
  if (adminId === memberId) return fail("form", "errors.roleOwn");
  const callerIsAdmin = exists(
    db
      .select({ one: sql`1` })
      .from(caller)
      .where(and(eq(caller.id, adminId), eq(caller.role, "admin"))),
  );
  const [row] = await db
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(users.id, memberId), callerIsAdmin))
    .returning({ id: users.id });
  if (row) return { ok: true };
  // Nothing was written; this read only picks the message.
  const [admin] = await db.select({ role: users.role }).from(users).where(eq(users.id, adminId)).limit(1);
  return fail("form", admin?.role === "admin" ? "errors.memberUnknown" : "errors.notAllowed");
}

/** Remembers the language a member acts in, so that mails sent later (by the job worker) use it. */
export async function rememberLocale(memberId: string, locale: string): Promise<void> {
  const supported = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  await db.update(users).set({ locale: supported }).where(and(eq(users.id, memberId), ne(users.locale, supported)));
}
