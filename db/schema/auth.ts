import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "@auth/core/adapters";
import { memberRoles, type MemberRole } from "./member-enums";
import { memberStatuses, type MemberStatus } from "./membership-enums";
import { municipalities, organisations } from "./municipalities";

export { memberRoles, type MemberRole, memberStatuses, type MemberStatus };
export const memberRole = pgEnum("member_role", memberRoles);
export const memberStatus = pgEnum("member_status", memberStatuses);

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
    // A member belongs to a municipality or to an organisation (district office, ministry, IT
    // provider, association). Once verified, this is fixed: a change is a new application.
    municipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    organisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    roleTitle: text(),
    role: memberRole().notNull().default("member"),
    // pending until verified (allowlisted domain, approved application, invitation, SSO); see membership-enums.ts.
    status: memberStatus().notNull().default("pending"),
    verifiedAt: timestamp({ withTimezone: true }),
    suspendedAt: timestamp({ withTimezone: true }),
    // Profile, shown to verified members only (/members/[id]).
    bio: text(),
    phone: text(),
    // Whether other verified members see the e-mail address and phone number on the profile.
    showEmail: boolean().notNull().default(false),
    showPhone: boolean().notNull().default(false),
    // Software and Fachverfahren the member knows ("who knows Fachverfahren X").
    expertiseSoftware: text().array().notNull().default(sql`'{}'::text[]`),
    // The language the member last used the site in ("de" or "en"); mails to them are written in it.
    locale: varchar({ length: 2 }).notNull().default("de"),
    // Seeded demo accounts are marked so that they can be told apart and removed.
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("users_municipality_idx").on(t.municipalityAgs),
    index("users_organisation_idx").on(t.organisationId),
    index("users_status_idx").on(t.status),
    index("users_expertise_software_idx").using("gin", t.expertiseSoftware),
  ],
);

/** Expertise of a member: Themenfelder and OZG services they know (the members directory filters by them). */
export const memberExpertise = pgTable(
  "member_expertise",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // "themenfeld" or "service"; refId is the Themenfeld id or the OZG service id.
    kind: text().$type<"themenfeld" | "service">().notNull(),
    refId: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind, t.refId] }),
    index("member_expertise_ref_idx").on(t.kind, t.refId),
    check("member_expertise_kind", sql`${t.kind} in ('themenfeld', 'service')`),
  ],
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
