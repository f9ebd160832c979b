import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "@auth/core/adapters";
import { memberRoles, type MemberRole } from "./member-enums";
import { municipalities } from "./municipalities";

export { memberRoles, type MemberRole };
export const memberRole = pgEnum("member_role", memberRoles);

// The Auth.js user table doubles as the member profile: one row per person, no join on every request.
export const users = pgTable(
  "users",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    // Display name, chosen by the member at first sign-in.
    name: text(),
    email: text().unique(),
    emailVerified: timestamp({ mode: "date", withTimezone: true }),
    image: text(),
    municipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    roleTitle: text(),
    role: memberRole().notNull().default("member"),
    // The language the member last used the site in ("de" or "en"); mails to them are written in it.
    locale: varchar({ length: 2 }).notNull().default("de"),
    // Seeded demo accounts are marked so that they can be told apart and removed.
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("users_municipality_idx").on(t.municipalityAgs)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<AdapterAccountType>().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export type User = typeof users.$inferSelect;
