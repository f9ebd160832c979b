import "server-only";
import { eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";

/**
 * The member a single sign-on is for: the one its account is linked to (`userId`, when Auth.js found
 * one), else the one with this e-mail address (any case). Undefined for a new person.
 */
export async function memberForSignIn({ userId, email }: { userId?: string; email: string }): Promise<string | undefined> {
  const byEmail = eq(sql`lower(${users.email})`, email.toLowerCase());
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(userId ? or(eq(users.id, userId), byEmail) : byEmail)
    .orderBy(userId ? sql`${users.id} = ${userId} desc` : users.id)
    .limit(1);
  return row?.id;
}
