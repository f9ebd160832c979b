import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

/**
 * Background work that must survive a restart and run once when several app instances poll:
 * claimed with `FOR UPDATE SKIP LOCKED` and a lease (`lockedUntil`), see lib/jobs/queue.ts.
 * A job is finished when `doneAt` is set; `doneAt` together with `lastError` means it gave up.
 */
export const jobOutbox = pgTable(
  "job_outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    doneAt: timestamp({ withTimezone: true }),
    lastError: text(),
    // "Do this once": a second insert with the same key is dropped (nulls never collide).
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("job_outbox_dedupe_key_unique").on(t.dedupeKey),
    index("job_outbox_due_idx").on(t.runAt).where(sql`done_at is null`),
  ],
);

export type Job = typeof jobOutbox.$inferSelect;
