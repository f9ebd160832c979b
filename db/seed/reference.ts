import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import {
  districts,
  lebenslagen,
  leikaServices,
  municipalities,
  ozgServices,
  searchSynonyms,
  states,
  themenfelder,
} from "../schema";

const dataDir = path.join(process.cwd(), "db", "data");

type Row = Record<string, string>;

export function readCsv(file: string): Row[] {
  return parse(readFileSync(path.join(dataDir, file)), { columns: true, skip_empty_lines: true }) as Row[];
}

function num(value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number in reference data: ${value}`);
  return n;
}

async function insertInChunks<T extends PgTable>(db: Database, table: T, rows: T["$inferInsert"][]) {
  // Keeps each statement well under the 65 535 bind-parameter limit of the wire protocol.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(table)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

async function rowCount(db: Database, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** Loads states, districts, municipalities and the OZG catalogue; skips tables that are complete. */
export async function seedReferenceData(db: Database): Promise<void> {
  const stateRows = readCsv("states.csv");
  if ((await rowCount(db, states)) < stateRows.length) {
    await insertInChunks(
      db,
      states,
      stateRows.map((r) => ({
        code: r.state_code!,
        name: r.name!,
        seat: r.seat_of_government || null,
        population: num(r.population),
        areaKm2: num(r.area_km2),
        municipalityCount: num(r.municipality_count),
      })),
    );
  }

  const districtRows = readCsv("districts.csv");
  if ((await rowCount(db, districts)) < districtRows.length) {
    await insertInChunks(
      db,
      districts,
      districtRows.map((r) => ({
        code: r.district_code!,
        name: r.name!,
        shortName: r.short_name!,
        type: r.type!,
        stateCode: r.state_code!,
        seat: r.seat || null,
        population: num(r.population),
        municipalityCount: num(r.municipality_count),
      })),
    );
  }

  const municipalityRows = readCsv("municipalities.csv");
  if ((await rowCount(db, municipalities)) < municipalityRows.length) {
    await insertInChunks(
      db,
      municipalities,
      municipalityRows.map((r) => ({
        ags: r.ags!,
        ars: r.ars!,
        name: r.name!,
        shortName: r.short_name!,
        type: r.type!,
        stateCode: r.state_code!,
        districtCode: r.district_code!,
        verbandName: r.verband_name || null,
        population: num(r.population),
        areaKm2: num(r.area_km2),
        postalCode: r.postal_code || null,
        postalCodeUnique: r.postal_code_unique === "true",
      })),
    );
  }

  const themenfeldRows = readCsv("ozg_themenfelder.csv");
  const lageRows = readCsv("ozg_lebenslagen.csv");
  const serviceRows = readCsv("ozg_services.csv");
  const leikaRows = readCsv("ozg_leika_services.csv");
  if ((await rowCount(db, ozgServices)) < serviceRows.length) {
    await insertInChunks(
      db,
      themenfelder,
      themenfeldRows.map((r) => ({ id: num(r.themenfeld_id), name: r.name! })),
    );
    await insertInChunks(
      db,
      lebenslagen,
      lageRows.map((r) => ({ id: num(r.lage_id), name: r.name!, themenfeldId: num(r.themenfeld_id) })),
    );
    const themenfeldByName = new Map(themenfeldRows.map((r) => [r.name!, num(r.themenfeld_id)]));
    // A Lage name is unique only within its Themenfeld.
    const lageByKey = new Map(lageRows.map((r) => [`${r.themenfeld}|${r.name}`, num(r.lage_id)]));
    await insertInChunks(
      db,
      ozgServices,
      serviceRows.map((r) => {
        const themenfeldId = themenfeldByName.get(r.themenfeld!);
        const lebenslageId = lageByKey.get(`${r.themenfeld}|${r.lebenslage}`);
        if (!themenfeldId || !lebenslageId) throw new Error(`unmapped OZG service ${r.ozg_id}`);
        return { id: num(r.ozg_id), name: r.name!, themenfeldId, lebenslageId };
      }),
    );
  }
  if ((await rowCount(db, leikaServices)) < leikaRows.length) {
    await db.execute(sql`truncate ${leikaServices}`);
    await insertInChunks(
      db,
      leikaServices,
      leikaRows.map((r) => ({
        leikaKey: r.leika_key || null,
        name: r.name!,
        leikaType: r.leika_type || null,
        ozgServiceId: r.ozg_id ? num(r.ozg_id) : null,
      })),
    );
  }

  // The reviewed synonym list (db/data/synonyms.csv): added on every start, existing rows kept.
  await insertInChunks(
    db,
    searchSynonyms,
    readCsv("synonyms.csv").map((r) => ({ term: normaliseTerm(r.term!), synonym: normaliseTerm(r.synonym!) })),
  );
}

/** Lowercase, single spaces: the form search_synonyms keeps and lib/search/rules.ts looks up. */
function normaliseTerm(text: string): string {
  return text.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
}
