import { sql } from "drizzle-orm";
import { bigserial, check, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { memberRole, users } from "./auth";
import { meetups } from "./meetups";
import {
  applicationStatuses,
  reportStatuses,
  reportTargets,
} from "./membership-enums";
import { municipalities, organisations, states } from "./municipalities";

export const applicationStatus = pgEnum("application_status", applicationStatuses);
export const reportTarget = pgEnum("report_target", reportTargets);
export const reportStatus = pgEnum("report_status", reportStatuses);

/**
 * E-mail domains that make a person a verified member of a municipality or organisation at their
 * first sign-in ("fellbach.de"). Lowercase, without "@"; a subdomain is its own entry.
 */
export const membershipDomains = pgTable(
  "membership_domains",
  {
    domain: text().primaryKey(),
    municipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("membership_domains_one_body", sql`num_nonnulls(${t.municipalityAgs}, ${t.organisationId}) = 1`),
    check("membership_domains_lowercase", sql`${t.domain} = lower(${t.domain}) and ${t.domain} not like '%@%'`),
    index("membership_domains_municipality_idx").on(t.municipalityAgs),
    index("membership_domains_organisation_idx").on(t.organisationId),
  ],
);

/**
 * A pending member's request to join. Names a municipality, a listed organisation, or (when theirs
 * is not listed) the organisation's name and state for a moderator to create.
 */
export const membershipApplications = pgTable(
  "membership_applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    municipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    organisationId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    organisationName: text(),
    organisationStateCode: varchar({ length: 2 }).references(() => states.code),
    roleTitle: text().notNull(),
    reason: text().notNull(),
    status: applicationStatus().notNull().default("open"),
    decidedById: text().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    // Told to the applicant; required when rejecting.
    decisionReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "membership_applications_one_body",
      sql`num_nonnulls(${t.municipalityAgs}, ${t.organisationId}, ${t.organisationName}) = 1`,
    ),
    // One open application per person; a decided one may be followed by a new one.
    uniqueIndex("membership_applications_one_open").on(t.userId).where(sql`${t.status} = 'open'`),
    index("membership_applications_status_idx").on(t.status, t.createdAt),
  ],
);

/**
 * An invitation by e-mail. The link carries a random token of which only the SHA-256 hash is
 * stored; it works once and expires after 14 days. A meetup invitation (meetupId) lets a guest who
 * is not a member yet register for that meetup.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    municipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    organisationId: uuid().references(() => organisations.id, { onDelete: "cascade" }),
    meetupId: uuid().references(() => meetups.id, { onDelete: "cascade" }),
    role: memberRole().notNull().default("member"),
    tokenHash: text().notNull().unique(),
    invitedById: text().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedById: text().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("invitations_lowercase_email", sql`${t.email} = lower(${t.email})`),
    check("invitations_body_or_meetup", sql`num_nonnulls(${t.municipalityAgs}, ${t.organisationId}, ${t.meetupId}) >= 1`),
    index("invitations_email_idx").on(t.email),
    index("invitations_created_idx").on(t.createdAt.desc()),
  ],
);

/**
 * Every privileged action: who (actor), what (action, one of auditActions), on what (target type
 * and id), about whom (subject member), and the values before and after. Holds ids and values such
 * as roles and statuses, never names or e-mail addresses, so that an account deletion (which sets
 * the member's references to null) leaves nothing personal behind.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    subjectMemberId: text().references(() => users.id, { onDelete: "set null" }),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
    // A moderator's or admin's reason, as they wrote it.
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc()),
    index("audit_log_action_idx").on(t.action, t.createdAt.desc()),
    index("audit_log_subject_idx").on(t.subjectMemberId),
    index("audit_log_actor_idx").on(t.actorId),
  ],
);

/** A member's report of a solution, comment or profile to the moderators. */
export const reports = pgTable(
  "reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: text().references(() => users.id, { onDelete: "set null" }),
    targetType: reportTarget().notNull(),
    // uuid of the solution or comment, or the member id.
    targetId: text().notNull(),
    reason: text().notNull(),
    status: reportStatus().notNull().default("open"),
    decidedById: text().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reports_status_idx").on(t.status, t.createdAt),
    index("reports_target_idx").on(t.targetType, t.targetId),
  ],
);

export { applicationStatuses, reportTargets, reportStatuses };
export type MembershipApplication = typeof membershipApplications.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Report = typeof reports.$inferSelect;
