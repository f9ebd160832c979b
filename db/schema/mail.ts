import { index, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export type MailAttachment = { filename: string; contentType: string; content: string };

// Every mail the app sends goes through this table first. Without SMTP it is the only delivery
// (shown at /dev/mail); with SMTP it records what was sent and what failed.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial().primaryKey(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    // Small text attachments (calendar files), kept so that a failed delivery can be retried as is.
    attachments: jsonb().$type<MailAttachment[]>(),
    // Extra headers (Reply-To, Message-ID, In-Reply-To, References, List-Unsubscribe, …), sent as they are.
    headers: jsonb().$type<Record<string, string>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [index("mail_outbox_to_idx").on(t.to, t.createdAt)],
);

export type OutboxMail = typeof mailOutbox.$inferSelect;
