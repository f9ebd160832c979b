import { index, integer, pgTable, serial, text, varchar } from "drizzle-orm/pg-core";

// OZG-Umsetzungskatalog as of late 2019 (KDN OZG database dump), see db/data/README.md.
export const themenfelder = pgTable("themenfelder", {
  id: integer().primaryKey(),
  name: text().notNull().unique(),
});

export const lebenslagen = pgTable(
  "lebenslagen",
  {
    id: integer().primaryKey(),
    name: text().notNull(),
    themenfeldId: integer()
      .notNull()
      .references(() => themenfelder.id),
  },
  (t) => [index("lebenslagen_themenfeld_idx").on(t.themenfeldId)],
);

export const ozgServices = pgTable(
  "ozg_services",
  {
    // The OZG-ID (10000–10601 in this edition of the catalogue).
    id: integer().primaryKey(),
    name: text().notNull(),
    themenfeldId: integer()
      .notNull()
      .references(() => themenfelder.id),
    lebenslageId: integer()
      .notNull()
      .references(() => lebenslagen.id),
  },
  (t) => [
    index("ozg_services_themenfeld_idx").on(t.themenfeldId, t.name),
    index("ozg_services_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);

export const leikaServices = pgTable(
  "leika_services",
  {
    id: serial().primaryKey(),
    // 14-digit LeiKa key; empty in the source for entries marked "nicht im LeiKa".
    leikaKey: varchar({ length: 14 }),
    name: text().notNull(),
    leikaType: text(),
    ozgServiceId: integer().references(() => ozgServices.id),
  },
  (t) => [
    index("leika_services_ozg_idx").on(t.ozgServiceId),
    index("leika_services_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);

export type Themenfeld = typeof themenfelder.$inferSelect;
export type OzgService = typeof ozgServices.$inferSelect;
export type LeikaService = typeof leikaServices.$inferSelect;
