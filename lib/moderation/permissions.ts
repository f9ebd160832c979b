import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";

/**
 * The caller is a moderator or admin who is not suspended (as lib/visibility/rules.ts isModerator),
 * read in the statement that writes: a role revoked or a suspension recorded a moment before
 * counts. (An alias of its own, so it also works inside an UPDATE of users.)
 */
export function activeModerator(memberId: string): SQL {
  return sql`exists (select 1 from users moderator where moderator.id = ${memberId} and moderator.status <> 'suspended' and moderator.role in ('moderator', 'admin'))`;
}

/** The caller is an admin who is not suspended (only admins act on admins). */
export function activeAdmin(memberId: string): SQL {
  return sql`exists (select 1 from users moderator where moderator.id = ${memberId} and moderator.status <> 'suspended' and moderator.role = 'admin')`;
}

/**
 * Where the magic link of a suspended person leads instead of a session: the sign-in error page,
 * which says why (in their language). Null for everyone else. Called from Auth.js's signIn callback
 * (lib/auth/config.ts) when the link is opened, before any session exists.
 */
export async function suspendedSignInRedirect(userId: string | undefined): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ status: users.status, locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  if (row?.status !== "suspended") return null;
  return `${row.locale === "en" ? "/en" : ""}/signin/error?error=Suspended`;
}
