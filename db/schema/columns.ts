import { customType, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * Column shapes every table writes the same way (auth.ts does not use them: this file imports it).
 * They produce exactly the SQL the spelled-out chains did, so no migration follows from them.
 */

/** A point in time, required, set by the database when the row is written (created_at, updated_at). */
export const timestampNow = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** A required reference to a row (by its uuid) that takes this one with it when deleted. */
export const ownedBy = (target: () => AnyPgColumn) => uuid().notNull().references(target, { onDelete: "cascade" });

/** The member a row belongs to; deleting the account deletes the row. */
export const memberId = () => text().notNull().references(() => users.id, { onDelete: "cascade" });

/** A full-text document: only ever written by Postgres (a generated column); read back as text if at all. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
