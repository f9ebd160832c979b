import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Everyday words the catalogue lacks, mapped to the catalogue's words ("heiraten" → "eheschließung").
 * Loaded from db/data/synonyms.csv by the reference seed (rows are added, never overwritten, so an
 * admin's later edit survives a restart); `term` and `synonym` are lowercase, words separated by one
 * space. A query word (or phrase of up to three words) equal to `term` also matches `synonym`.
 */
export const searchSynonyms = pgTable(
  "search_synonyms",
  {
    term: text().notNull(),
    synonym: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.synonym] })],
);

/**
 * Searches that found nothing, counted per normalised query (lowercase, single spaces) and day: no
 * member, no session, no IP — only the words and how often. For admins growing the synonym list.
 */
export const searchMisses = pgTable(
  "search_misses",
  {
    query: text().notNull(),
    day: text().notNull(),
    count: integer().notNull().default(1),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.query, t.day] }), index("search_misses_day_idx").on(t.day)],
);
