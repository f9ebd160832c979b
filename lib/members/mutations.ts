import "server-only";
import { and, eq, exists, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { municipalities, users, type MemberRole } from "@/db/schema";
import { routing } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, type Result } from "@/lib/result";
import type { ProfileDetailsInput } from "./schema";

/**
 * Refuses a municipality that does not exist (a forged or stale AGS). Without a municipality only
 * name and role title change (a verified member's profile form sends none).
 */
export async function updateProfile(memberId: string, input: ProfileDetailsInput & { municipalityAgs?: string }): Promise<Result> {
  const details = { name: input.name, roleTitle: input.roleTitle || null, updatedAt: new Date() };
  if (input.municipalityAgs === undefined) {
    const [row] = await db.update(users).set(details).where(eq(users.id, memberId)).returning({ id: users.id });
    return row ? { ok: true } : fail("form", "errors.memberUnknown");
  }
  const [municipality] = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, input.municipalityAgs))
    .limit(1);
  if (!municipality) return fail("municipalityAgs", "errors.municipalityUnknown");
  // A pending member names their municipality; a verified (or suspended) member's is fixed, and
  // the rule is part of the UPDATE: changing it is a new application (/join).
  const [row] = await db
    .update(users)
    .set({ ...details, municipalityAgs: municipality.ags })
    .where(
      and(
        eq(users.id, memberId),
        or(eq(users.status, "pending"), sql`${users.municipalityAgs} is not distinct from ${municipality.ags}`),
      ),
    )
    .returning({ id: users.id });
  if (!row) return fail("municipalityAgs", "errors.municipalityFixed");
  return { ok: true };
}

const caller = alias(users, "caller");
const otherAdmin = alias(users, "other_admin");

/**
 * Only admins change roles, and both rules are part of the UPDATE: the caller's own row must say
 * admin in the statement that writes (a right revoked a moment before counts), and an admin is only
 * demoted while another admin remains. Two such UPDATEs on different rows would not see each other's
 * uncommitted write (two admins demoting each other at once would leave none), so the transaction
 * first locks every admin row, in id order (no deadlock); the second change waits and its UPDATE, a
 * new statement, sees the first one's result. Admins cannot change their own role.
 */
export async function changeMemberRole({ adminId, memberId, role }: { adminId: string; memberId: string; role: MemberRole }): Promise<Result> {
  if (adminId === memberId) return fail("form", "errors.roleOwn");
  const written = await db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).orderBy(users.id).for("update");
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, memberId)).for("update");
    if (!target) return null;
    const callerIsAdmin = exists(
      tx
        .select({ one: sql`1` })
        .from(caller)
        .where(and(eq(caller.id, adminId), eq(caller.role, "admin"))),
    );
    const anotherAdminRemains = exists(
      tx
        .select({ one: sql`1` })
        .from(otherAdmin)
        .where(and(ne(otherAdmin.id, memberId), eq(otherAdmin.role, "admin"))),
    );
    const [row] = await tx
      .update(users)
      .set({ role, updatedAt: new Date() })
      .where(and(eq(users.id, memberId), callerIsAdmin, role === "admin" ? undefined : or(ne(users.role, "admin"), anotherAdminRemains)))
      .returning({ id: users.id });
    if (!row) return null;
    await recordAudit(tx, {
      actorId: adminId,
      action: "member.role_changed",
      targetType: "member",
      targetId: memberId,
      subjectMemberId: memberId,
      before: { role: target.role },
      after: { role },
    });
    return row;
  });
  if (written) return { ok: true };
  // Nothing was written; this read only picks the message.
  const [admin] = await db.select({ role: users.role }).from(users).where(eq(users.id, adminId)).limit(1);
  return fail("form", admin?.role === "admin" ? "errors.memberUnknown" : "errors.notAllowed");
}

/** Remembers the language a member acts in, so that mails sent later (by the job worker) use it. */
export async function rememberLocale(memberId: string, locale: string): Promise<void> {
  const supported = routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  await db.update(users).set({ locale: supported }).where(and(eq(users.id, memberId), ne(users.locale, supported)));
}
