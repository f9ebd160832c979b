import "server-only";
import { and, eq, like, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";

/**
 * Makes the sign-in links in the outbox mails to `email` unusable (the token is replaced). Called
 * when a mail has been handed to the SMTP server, when a newer link replaces the older ones, and
 * when the member signed in: from then on the outbox, its page and any copy of the database hold
 * no working link. Without SMTP the outbox is the delivery, so the newest link stays until used.
 */
export async function redactSignInLinks(email: string): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ text: sql`regexp_replace(${mailOutbox.text}, '([?&]token=)[^&[:space:]]+', '\\1REDACTED', 'g')` })
    .where(and(eq(mailOutbox.to, email), like(mailOutbox.text, "%/api/auth/callback/email?%"), sql`${mailOutbox.text} ~ '[?&]token=(?!REDACTED)'`));
}
