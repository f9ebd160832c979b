import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, real, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { organisationKinds } from "./membership-enums";

export const organisationKind = pgEnum("organisation_kind", organisationKinds);

// Reference data from the Destatis Gemeindeverzeichnis (GV100AD, Gebietsstand 30.11.2023).
export const states = pgTable("states", {
  code: varchar({ length: 2 }).primaryKey(),
  name: text().notNull(),
  seat: text(),
  population: integer().notNull(),
  areaKm2: real().notNull(),
  municipalityCount: integer().notNull(),
});

export const districts = pgTable(
  "districts",
  {
    code: varchar({ length: 5 }).primaryKey(),
    name: text().notNull(),
    shortName: text().notNull(),
    type: text().notNull(),
    stateCode: varchar({ length: 2 })
      .notNull()
      .references(() => states.code),
    seat: text(),
    population: integer().notNull(),
    municipalityCount: integer().notNull(),
  },
  (t) => [index("districts_state_idx").on(t.stateCode, t.shortName)],
);

export const municipalities = pgTable(
  "municipalities",
  {
    ags: varchar({ length: 8 }).primaryKey(),
    ars: varchar({ length: 12 }).notNull().unique(),
    name: text().notNull(),
    shortName: text().notNull(),
    type: text().notNull(),
    stateCode: varchar({ length: 2 })
      .notNull()
      .references(() => states.code),
    districtCode: varchar({ length: 5 })
      .notNull()
      .references(() => districts.code),
    verbandName: text(),
    population: integer().notNull(),
    areaKm2: real().notNull(),
    postalCode: varchar({ length: 5 }),
    // false where GV100AD marks that the municipality has several postal codes.
    postalCodeUnique: boolean().notNull(),
  },
  (t) => [
    index("municipalities_short_name_trgm_idx").using("gin", t.shortName.op("gin_trgm_ops")).with({ fastupdate: false }),
    // The directory's search also matches the official name ("Stadt", "Landeshauptstadt"): without
    // an index on it every search read all 10,773 rows (33 ms instead of under 1 in the /search box).
    index("municipalities_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")).with({ fastupdate: false }),
    // The solution search looks up municipalities by the words of their name ("Frankfurt" → Frankfurt am Main).
    index("municipalities_short_name_words_idx").using("gin", sql`to_tsvector('simple', ${t.shortName})`).with({ fastupdate: false }),
    index("municipalities_district_idx").on(t.districtCode, t.population),
    index("municipalities_state_idx").on(t.stateCode, t.population),
    index("municipalities_postal_code_idx").on(t.postalCode),
    index("municipalities_population_idx").on(t.population),
  ],
);

/**
 * A body that is not a municipality: a district office (Landkreis), a state ministry, a municipal IT
 * provider or an association. It belongs to a state, and to a district where it has one.
 */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: organisationKind().notNull(),
    stateCode: varchar({ length: 2 })
      .notNull()
      .references(() => states.code),
    districtCode: varchar({ length: 5 }).references(() => districts.code),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisations_name_state_unique").on(sql`lower(${t.name})`, t.stateCode)],
);

export type State = typeof states.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type District = typeof districts.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;
