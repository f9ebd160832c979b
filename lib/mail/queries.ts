import "server-only";
import { desc, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";

/** /dev/mail shows the outbox only in development, or when explicitly allowed (e2e, demos). */
export function isOutboxVisible(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.MAIL_OUTBOX_PUBLIC === "1";
}

/** The newest mails of the outbox, all or those to one address (e2e tests read their own this way). */
export async function listOutboxMails({ limit = 50, to }: { limit?: number; to?: string } = {}) {
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      error: mailOutbox.error,
      attachments: mailOutbox.attachments,
      headers: mailOutbox.headers,
    })
    .from(mailOutbox)
    .where(to ? sql`lower(${mailOutbox.to}) = lower(${to})` : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}
