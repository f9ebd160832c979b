// Bulk-loads N published solutions into an empty (migrated, reference-seeded) database.
import { sql } from "drizzle-orm";
import { queryRows, type Database, type DatabaseKind } from "@/db/client";
import { readCsv } from "@/db/seed/reference";
import { slugify } from "@/lib/solutions/slug";
import { yieldToEventLoop } from "./measure";
import { between, loadVocabulary, mulberry32, pick, randInt, shuffle, SOFTWARE, TextGenerator, VENDORS, ZipfSampler, type Vocabulary } from "./corpus";

export type SeedOptions = {
  n: number;
  seed: number;
  commonWord: string;
  kind: DatabaseKind;
  /** Rows per INSERT statement. */
  batchSize: number;
  /** INSERT statements in flight at once (Postgres: one per core; PGlite: 1). */
  concurrency: number;
  log: (message: string) => void;
};

export type SeedReport = {
  solutions: number;
  solutionServices: number;
  reuses: number;
  members: number;
  basedOn: number;
  ms: { insert: number; indexes: number; analyze: number; total: number };
  rowsPerSecond: number;
};

const BENCH_MEMBERS = 500;
const DAY = 86_400_000;
const FIVE_YEARS = 5 * 365.25 * DAY;
// The tables the bulk load writes; their secondary indexes are dropped first and rebuilt afterwards.
const LOADED_TABLES = ["solutions", "solution_services", "solution_reuses", "comments"];

type SolutionRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  municipality_ags: string;
  author_id: string;
  status: "planned" | "in_progress" | "live";
  go_live_date: string | null;
  maturity: number;
  software: string | null;
  vendor: string | null;
  is_open_source: boolean;
  cost_one_off_min: number | null;
  cost_one_off_max: number | null;
  cost_yearly_min: number | null;
  cost_yearly_max: number | null;
  effort_person_days: number | null;
  lessons_learned: string | null;
  based_on_id: string | null;
  created_at: string;
  updated_at: string;
  published_at: string;
};
type ServiceRow = { solution_id: string; ozg_service_id: number; position: number };
type ReuseRow = { solution_id: string; municipality_ags: string; member_id: string; status: string; created_at: string };

// One JSON parameter per statement: fast on both drivers and far from the 65,535 bind-parameter limit.
const insertSolutions = (rows: SolutionRow[]) => sql`
  insert into solutions (id, slug, title, summary, body, municipality_ags, author_id, status, go_live_date, maturity,
    software, vendor, is_open_source, cost_one_off_min, cost_one_off_max, cost_yearly_min, cost_yearly_max,
    effort_person_days, lessons_learned, based_on_id, state, version, created_at, updated_at, published_at)
  select id, slug, title, summary, body, municipality_ags, author_id, status::solution_status, go_live_date, maturity,
    software, vendor, is_open_source, cost_one_off_min, cost_one_off_max, cost_yearly_min, cost_yearly_max,
    effort_person_days, lessons_learned, based_on_id, 'published', 1, created_at, updated_at, published_at
  from json_to_recordset(${JSON.stringify(rows)}::json) as r(id uuid, slug text, title text, summary text, body text,
    municipality_ags varchar, author_id text, status text, go_live_date date, maturity int, software text, vendor text,
    is_open_source boolean, cost_one_off_min int, cost_one_off_max int, cost_yearly_min int, cost_yearly_max int,
    effort_person_days int, lessons_learned text, based_on_id uuid, created_at timestamptz, updated_at timestamptz,
    published_at timestamptz)`;

const insertServices = (rows: ServiceRow[]) => sql`
  insert into solution_services (solution_id, ozg_service_id, position)
  select solution_id, ozg_service_id, position
  from json_to_recordset(${JSON.stringify(rows)}::json) as r(solution_id uuid, ozg_service_id int, position int)`;

const insertReuses = (rows: ReuseRow[]) => sql`
  insert into solution_reuses (solution_id, municipality_ags, member_id, status, created_at, updated_at)
  select solution_id, municipality_ags, member_id, status::solution_reuse_status, created_at, created_at
  from json_to_recordset(${JSON.stringify(rows)}::json) as r(solution_id uuid, municipality_ags varchar, member_id text,
    status text, created_at timestamptz)`;

function uuidV4(rng: () => number): string {
  const hex = Array.from({ length: 32 }, () => randInt(rng, 16).toString(16));
  hex[12] = "4";
  hex[16] = (8 + randInt(rng, 4)).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function costRange(rng: () => number, scale: number): [number | null, number | null] {
  if (rng() < 0.5) return [null, null];
  const min = Math.round((rng() * scale) / 100) * 100;
  return [min, min + Math.round((rng() * scale) / 100) * 100];
}

async function createMembers(db: Database, rng: () => number, agsList: string[]) {
  const members = Array.from({ length: BENCH_MEMBERS }, (_, i) => ({
    id: `bench-member-${i + 1}`,
    name: `Bench-Mitglied ${i + 1}`,
    email: `bench-${i + 1}@bench.kommunalnetz.invalid`,
    municipality_ags: pick(rng, agsList),
  }));
  await db.execute(sql`
    insert into users (id, name, email, municipality_ags, is_demo)
    select id, name, email, municipality_ags, true
    from json_to_recordset(${JSON.stringify(members)}::json) as r(id text, name text, email text, municipality_ags varchar)`);
  return members;
}

/** Secondary indexes of the loaded tables, as CREATE INDEX statements (constraint indexes stay). */
async function secondaryIndexes(db: Database) {
  return queryRows<{ name: string; definition: string }>(
    sql`select i.indexname as name, i.indexdef as definition
        from pg_indexes i
        where i.schemaname = current_schema()
          and i.tablename in (${sql.join(LOADED_TABLES.map((t) => sql`${t}`), sql`, `)})
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
        order by i.indexname`,
    db,
  );
}

async function runLimited<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

export async function seedSolutions(db: Database, options: SeedOptions, vocabulary?: Vocabulary): Promise<SeedReport> {
  const started = performance.now();
  const rng = mulberry32(options.seed);
  const words = vocabulary ?? loadVocabulary(rng);
  const text = new TextGenerator(rng, words, { commonWord: options.commonWord });
  // Some services have far more solutions than others (Wohngeld, Hundesteuer …): Zipf again.
  const services = new ZipfSampler(shuffle(rng, [...words.services]), 0.8, 5);
  const serviceName = new Map(words.services.map((s) => [s.id, s.name]));
  const agsList = readCsv("municipalities.csv").map((r) => r.ags!);
  const members = await createMembers(db, rng, agsList);

  const indexes = await secondaryIndexes(db);
  for (const index of indexes) await db.execute(sql.raw(`drop index "${index.name}"`));

  const { n, batchSize, concurrency } = options;
  // Ids from the seeded generator too, so that a second run (say, before and after a change) samples
  // the same slugs and titles for its term pools.
  const idRng = mulberry32(options.seed ^ 0x5eed);
  const ids = Array.from({ length: n }, () => uuidV4(idRng));
  const now = Date.now();
  const counts = { solutionServices: 0, reuses: 0, basedOn: 0 };

  function batch(b: number) {
    const solutionRows: SolutionRow[] = [];
    const serviceRows: ServiceRow[] = [];
    const reuseRows: ReuseRow[] = [];
    for (let i = b * batchSize; i < Math.min(n, (b + 1) * batchSize); i++) {
      const id = ids[i]!;
      const serviceIds = new Set<number>();
      const wanted = rng() < 0.6 ? 1 : rng() < 0.7 ? 2 : 3;
      while (serviceIds.size < wanted) serviceIds.add(services.sample(rng).id);
      const title = text.title(serviceName.get([...serviceIds][0]!)!);
      const u = rng();
      const status = u < 0.2 ? "planned" : u < 0.5 ? "in_progress" : "live";
      const maturity = status === "live" ? between(rng, 2, 4) : status === "in_progress" ? between(rng, 1, 3) : between(rng, 0, 1);
      const published = now - rng() * FIVE_YEARS;
      const updated = published + rng() * (now - published) * 0.5;
      const software = rng() < 0.85 ? pick(rng, SOFTWARE) : null;
      const [oneOffMin, oneOffMax] = costRange(rng, 50_000);
      const [yearlyMin, yearlyMax] = costRange(rng, 10_000);
      // Only rows of batches that are certainly committed can be referenced.
      const committed = (b - concurrency) * batchSize;
      const basedOn = committed > 0 && rng() < 0.02 ? ids[randInt(rng, committed)]! : null;
      if (basedOn) counts.basedOn++;
      const ags = pick(rng, agsList);
      solutionRows.push({
        id,
        slug: `${slugify(title).slice(0, 70).replace(/-+$/, "")}-${i.toString(36)}`,
        title,
        summary: text.summary(),
        body: text.body(),
        municipality_ags: ags,
        author_id: pick(rng, members).id,
        status,
        go_live_date: status === "live" ? new Date(published - rng() * 180 * DAY).toISOString().slice(0, 10) : null,
        maturity,
        software,
        vendor: software && rng() < 0.8 ? pick(rng, VENDORS) : null,
        is_open_source: rng() < 0.1,
        cost_one_off_min: oneOffMin,
        cost_one_off_max: oneOffMax,
        cost_yearly_min: yearlyMin,
        cost_yearly_max: yearlyMax,
        effort_person_days: rng() < 0.4 ? between(rng, 1, 200) : null,
        lessons_learned: text.lessons(),
        based_on_id: basedOn,
        created_at: new Date(published - rng() * 30 * DAY).toISOString(),
        updated_at: new Date(updated).toISOString(),
        published_at: new Date(published).toISOString(),
      });
      [...serviceIds].forEach((ozgServiceId, position) => serviceRows.push({ solution_id: id, ozg_service_id: ozgServiceId, position }));
      // About one solution in twenty is reused by one to three other municipalities.
      if (rng() < 0.05) {
        const towns = new Set<string>([ags]);
        for (let k = between(rng, 1, 3); k > 0; k--) {
          const member = pick(rng, members);
          if (towns.has(member.municipality_ags)) continue;
          towns.add(member.municipality_ags);
          reuseRows.push({
            solution_id: id,
            municipality_ags: member.municipality_ags,
            member_id: member.id,
            status: pick(rng, ["considering", "in_progress", "live"]),
            created_at: new Date(updated + rng() * (now - updated)).toISOString(),
          });
        }
      }
    }
    counts.solutionServices += serviceRows.length;
    counts.reuses += reuseRows.length;
    return async () => {
      await db.execute(insertSolutions(solutionRows));
      await db.execute(insertServices(serviceRows));
      if (reuseRows.length > 0) await db.execute(insertReuses(reuseRows));
    };
  }

  const batches = Math.ceil(n / batchSize);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  let nextReport = 0.1;
  try {
    for (let b = 0; b < batches; b++) {
      await yieldToEventLoop();
      const write = batch(b);
      const promise: Promise<void> = write().then(() => {
        inFlight.delete(promise);
        done++;
        if (done / batches >= nextReport) {
          options.log(`  ${Math.min(n, done * batchSize).toLocaleString("en")} / ${n.toLocaleString("en")} solutions (${((performance.now() - started) / 1000).toFixed(1)} s)`);
          nextReport += 0.1;
        }
      });
      inFlight.add(promise);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
  }
  // The app adds a title's words to the typo vocabulary whenever it saves a title
  // (recordTitleWords); the bulk load bypasses that, so it fills the vocabulary the way the
  // migration backfills it.
  await db.execute(sql`
    insert into solution_words (word)
    select distinct w.lexeme from solutions s, unnest(to_tsvector('simple', s.title)) w
    where length(w.lexeme) >= 3 and position('-' in w.lexeme) = 0
    on conflict do nothing`);
  // "Hilfreich" counts for about 30 % of the solutions (0–39, from the id, so a rerun gives the same
  // data) and a question to the authors on about 3 %, half of them answered: for the catalogue's
  // helpful order and questions filter. Before the index rebuild, so the update is cheap.
  await db.execute(sql`
    update solutions set helpful_count = get_byte(decode(md5(id::text), 'hex'), 1) % 40
    where get_byte(decode(md5(id::text), 'hex'), 0) < 77`);
  await db.execute(sql`
    insert into comments (solution_id, author_id, body, is_question, answered_at)
    select id, ${members[0]!.id}, 'Wie haben Sie das Fachverfahren angebunden?', true,
      case when get_byte(decode(md5(id::text), 'hex'), 3) < 128 then now() end
    from solutions where get_byte(decode(md5(id::text), 'hex'), 2) < 8`);
  // A discussion comment on about half of the solutions, in the catalogue's words (its summary and
  // lessons): what the comments group of /search reads.
  await db.execute(sql`
    insert into comments (solution_id, author_id, body, created_at)
    select id, author_id, summary || ' ' || coalesce(lessons_learned, ''), published_at + interval '1 day'
    from solutions where get_byte(decode(md5(id::text), 'hex'), 4) < 128`);
  // The app writes each solution's search terms (LeiKa names of its services, compound parts) when
  // it saves it; the bulk load bypasses that, so they are written here the way db/setup.ts fills
  // rows that have none. Before the index rebuild, so the update is cheap.
  const { refreshMissingSearchTerms } = await import("@/lib/search/mutations");
  const termsStarted = performance.now();
  await refreshMissingSearchTerms(db, 5000);
  options.log(`  search terms written in ${Math.round((performance.now() - termsStarted) / 1000)} s`);
  const inserted = performance.now();

  options.log(`  rebuilding ${indexes.length} indexes …`);
  await runLimited(indexes, options.kind === "postgres" ? concurrency : 1, async (index) => {
    if (options.kind === "postgres") {
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
        await tx.execute(sql.raw(index.definition));
      });
    } else {
      await db.execute(sql.raw(index.definition));
    }
  });
  const indexed = performance.now();

  // VACUUM as well: a live database is autovacuumed, so its visibility map is set.
  await db.execute(sql.raw(`vacuum analyze ${LOADED_TABLES.join(", ")}, solution_words, users, comments`));
  await db.execute(sql`analyze`);
  const analyzed = performance.now();

  return {
    solutions: n,
    solutionServices: counts.solutionServices,
    reuses: counts.reuses,
    members: members.length,
    basedOn: counts.basedOn,
    ms: {
      insert: Math.round(inserted - started),
      indexes: Math.round(indexed - inserted),
      analyze: Math.round(analyzed - indexed),
      total: Math.round(analyzed - started),
    },
    rowsPerSecond: Math.round(n / ((analyzed - started) / 1000)),
  };
}
