import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberId, ownedBy, timestampNow, tsvector } from "./columns";
import { municipalities } from "./municipalities";
import { ozgServices } from "./services";
import { solutionVisibilities, type MembersOnlyFieldGroup, type SolutionVisibility } from "./membership-enums";
import { reuseStatuses, solutionLinkKinds, solutionStates, solutionStatuses } from "./solution-enums";

export { reuseStatuses, solutionLinkKinds, solutionStates, solutionStatuses };

export const solutionVisibility = pgEnum("solution_visibility", solutionVisibilities);

export const solutionStatus = pgEnum("solution_status", solutionStatuses);
export type SolutionStatus = (typeof solutionStatuses)[number];

export const solutionState = pgEnum("solution_state", solutionStates);
export type SolutionState = (typeof solutionStates)[number];

export const solutionLinkKind = pgEnum("solution_link_kind", solutionLinkKinds);
export type SolutionLinkKind = (typeof solutionLinkKinds)[number];

export const reuseStatus = pgEnum("solution_reuse_status", reuseStatuses);
export type ReuseStatus = (typeof reuseStatuses)[number];

export const solutions = pgTable(
  "solutions",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Fixed at creation so that shared links survive a change of title.
    slug: text().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    // Markdown source; rendered (and sanitised) at display time, never stored as HTML.
    body: text().notNull().default(""),
    municipalityAgs: varchar({ length: 8 })
      .notNull()
      .references(() => municipalities.ags),
    // Null once the author deleted their account: the solution stays with the municipality ("ehemaliges Mitglied").
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    status: solutionStatus().notNull(),
    // public: anyone, search engines, the API; network: verified members only (lib/visibility).
    visibility: solutionVisibility().notNull().default("public"),
    // Field groups of a public solution that only verified members see (membersOnlyFieldGroups).
    membersOnlyFields: text().array().$type<MembersOnlyFieldGroup[]>().notNull().default(sql`'{contact}'::text[]`),
    goLiveDate: date({ mode: "string" }),
    maturity: integer().notNull().default(0),
    software: text(),
    vendor: text(),
    isOpenSource: boolean().notNull().default(false),
    repositoryUrl: text(),
    // Whole euros; ranges because municipalities rarely know (or may publish) the exact figure.
    costOneOffMin: integer(),
    costOneOffMax: integer(),
    costYearlyMin: integer(),
    costYearlyMax: integer(),
    effortPersonDays: integer(),
    lessonsLearned: text(),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
    // Set when the member named as contact left (account deleted or handed over without a new
    // contact): the page says so and asks the municipality's members to take over.
    contactLeftAt: timestamp({ withTimezone: true }),
    // Moderation: a hidden solution is listed nowhere; its authors see why (hiddenNote).
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenNote: text(),
    basedOnId: uuid().references((): AnyPgColumn => solutions.id, { onDelete: "set null" }),
    state: solutionState().notNull().default("draft"),
    // Optimistic concurrency: every edit must name the version it started from.
    version: integer().notNull().default(1),
    // Who saved the current version, so that a conflicting editor can be told whose change won.
    updatedById: text().references(() => users.id, { onDelete: "set null" }),
    // "Still current" confirmation; deliberately not a content change, so it does not bump the version.
    confirmedAt: timestamp({ withTimezone: true }),
    // "Hilfreich" reactions, kept in step with the reactions table in the same transaction.
    helpfulCount: integer().notNull().default(0),
    createdAt: timestampNow(),
    updatedAt: timestampNow(),
    publishedAt: timestamp({ withTimezone: true }),
    // What the search finds a solution by besides its own text, weighted below it (D): the LeiKa and
    // OZG names of its services, the parts of its compound words ("Baugenehmigung" → "Bau
    // Genehmigung") and the joined forms of hyphenated ones ("E-Akte" → "EAkte"). Written by the app
    // (lib/search/mutations.ts refreshSearchTerms) whenever a solution or its services are saved;
    // null until then (db/setup.ts fills those).
    searchTerms: text(),
    // Title outranks summary outranks the rest. Raw SQL, so the snake_case names are spelled out.
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '') || ' ' || coalesce(lessons_learned, '') || ' ' || coalesce(software, '') || ' ' || coalesce(vendor, '')), 'C') || setweight(to_tsvector('german', coalesce(search_terms, '')), 'D')`,
      ),
  },
  (t) => [
    check("solutions_maturity_range", sql`${t.maturity} between 0 and 4`),
    index("solutions_search_vector_idx").using("gin", t.searchVector).with({ fastupdate: false }),
    index("solutions_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")).with({ fastupdate: false }),
    index("solutions_municipality_idx").on(t.municipalityAgs),
    index("solutions_status_idx").on(t.status),
    index("solutions_maturity_idx").on(t.maturity),
    index("solutions_state_published_idx").on(t.state, t.publishedAt.desc()),
    // Lets the catalogue count the published solutions for its filters from the index alone (an
    // index-only scan), instead of visiting every matching row in the heap.
    index("solutions_published_filters_idx").on(t.status, t.maturity, t.municipalityAgs).where(sql`${t.state} = 'published'`),
    // The same for the anonymous catalogue, whose search adds lib/visibility's condition: without it
    // the count of the published public solutions reads every row (190 ms at 100,000, 15 with it).
    index("solutions_public_filters_idx")
      .on(t.status, t.maturity, t.municipalityAgs)
      .where(sql`${t.state} = 'published' and ${t.visibility} = 'public' and ${t.hiddenAt} is null`),
    // The catalogue sorted by "hilfreich".
    index("solutions_helpful_idx").on(t.helpfulCount.desc(), t.publishedAt.desc()).where(sql`${t.state} = 'published'`),
    index("solutions_author_idx").on(t.authorId),
    index("solutions_based_on_idx").on(t.basedOnId),
  ],
);

/**
 * The distinct words of all solution titles (lowercase lexemes of the `simple` text search
 * configuration), for correcting typos against: a typo of a word common in titles would make the
 * trigram index on the titles propose thousands of rows, while this table has one row per word.
 * Only ever grows (written `on conflict do nothing` whenever a title is saved); a word left over
 * from an edited title costs nothing but a row.
 */
export const solutionWords = pgTable(
  "solution_words",
  {
    word: text().primaryKey(),
  },
  (t) => [index("solution_words_trgm_idx").using("gin", t.word.op("gin_trgm_ops")).with({ fastupdate: false })],
);

export const solutionServices = pgTable(
  "solution_services",
  {
    solutionId: ownedBy(() => solutions.id),
    ozgServiceId: integer()
      .notNull()
      .references(() => ozgServices.id),
    // Order as entered; the first service is the main one (its Themenfeld labels the solution).
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.solutionId, t.ozgServiceId] }),
    index("solution_services_service_idx").on(t.ozgServiceId),
  ],
);

export const solutionCoauthors = pgTable(
  "solution_coauthors",
  {
    solutionId: ownedBy(() => solutions.id),
    userId: memberId(),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.solutionId, t.userId] }), index("solution_coauthors_user_idx").on(t.userId)],
);

export const solutionTags = pgTable(
  "solution_tags",
  {
    solutionId: ownedBy(() => solutions.id),
    tag: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.solutionId, t.tag] }), index("solution_tags_tag_idx").on(t.tag)],
);

export const solutionLinks = pgTable(
  "solution_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    solutionId: ownedBy(() => solutions.id),
    kind: solutionLinkKind().notNull(),
    url: text().notNull(),
    label: text(),
    position: integer().notNull().default(0),
  },
  (t) => [index("solution_links_solution_idx").on(t.solutionId, t.position)],
);

/** The editable content of a solution as it was at one published version. */
export type SolutionSnapshot = {
  title: string;
  summary: string;
  body: string;
  municipalityAgs: string;
  status: SolutionStatus;
  goLiveDate: string | null;
  maturity: number;
  software: string | null;
  vendor: string | null;
  isOpenSource: boolean;
  repositoryUrl: string | null;
  costOneOffMin: number | null;
  costOneOffMax: number | null;
  costYearlyMin: number | null;
  costYearlyMax: number | null;
  effortPersonDays: number | null;
  lessonsLearned: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  basedOnId: string | null;
  serviceIds: number[];
  tags: string[];
  links: { kind: SolutionLinkKind; url: string; label: string | null }[];
  // Absent from snapshots written before the form offered them (read through withSnapshotDefaults).
  visibility: SolutionVisibility;
  membersOnlyFields: MembersOnlyFieldGroup[];
};

export const solutionRevisions = pgTable(
  "solution_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    solutionId: ownedBy(() => solutions.id),
    version: integer().notNull(),
    // Null once the editor deleted their account.
    editorId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampNow(),
    snapshot: jsonb().$type<SolutionSnapshot>().notNull(),
  },
  (t) => [unique("solution_revisions_solution_version_unique").on(t.solutionId, t.version)],
);

// One row per reusing municipality, whoever of its members marked it last.
export const solutionReuses = pgTable(
  "solution_reuses",
  {
    solutionId: ownedBy(() => solutions.id),
    municipalityAgs: varchar({ length: 8 })
      .notNull()
      .references(() => municipalities.ags),
    memberId: text().references(() => users.id, { onDelete: "set null" }),
    status: reuseStatus().notNull(),
    createdAt: timestampNow(),
    updatedAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.solutionId, t.municipalityAgs] }),
    index("solution_reuses_municipality_idx").on(t.municipalityAgs),
  ],
);

export type Solution = typeof solutions.$inferSelect;
export type NewSolution = typeof solutions.$inferInsert;
export type SolutionLink = typeof solutionLinks.$inferSelect;
export type SolutionRevision = typeof solutionRevisions.$inferSelect;
export type SolutionReuse = typeof solutionReuses.$inferSelect;
