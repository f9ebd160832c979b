import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Counters of rate-limiter-flexible's Drizzle store (lib/rate-limit/): one row per limit and key
// ("signin-email:jana@fellbach.de"), shared by every app instance on the same database.
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});
