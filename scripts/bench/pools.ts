// Pools of search terms, checked against the seeded data, so that every measured query varies its
// literal (a cache of one plan or one result must not flatter the numbers).
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "@/db/client";
import { pick, shuffle, typo, tokenize, type Rng, type Vocabulary } from "./corpus";
import { yieldToEventLoop } from "./measure";

export type WordShare = { word: string; matches: number; share: number };

export type Pools = {
  common: WordShare[];
  rare: WordShare[];
  twoWords: string[];
  typos: { typo: string; of: string }[];
  filters: { state: string; status: "live" | "in_progress"; maturity: number }[];
  slugs: string[];
  /** The designated common word; its share is reported. */
  commonWord: WordShare;
};

async function countMatches(db: Database, word: string, n: number): Promise<WordShare> {
  await yieldToEventLoop();
  const [row] = await queryRows<{ n: number }>(
    sql`select count(*)::int as n from solutions where state = 'published' and search_vector @@ websearch_to_tsquery('german', ${word})`,
    db,
  );
  const matches = Number(row?.n ?? 0);
  return { word, matches, share: matches / n };
}

/** Drops words the German text-search configuration ignores (stop words give an empty query). */
async function searchable(db: Database, words: string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const rows = await queryRows<{ w: string }>(
    sql`select value as w from json_array_elements_text(${JSON.stringify(words)}::json)
        where numnode(websearch_to_tsquery('german', value)) > 0`,
    db,
  );
  return rows.map((r) => r.w);
}

const FILTER_STATES = ["08", "09", "05", "06", "03", "14", "01", "07"];

export async function buildPools(db: Database, vocabulary: Vocabulary, rng: Rng, n: number, commonWord: string): Promise<Pools> {
  const words = vocabulary.contentWords;

  // Common: the designated word plus the most frequent other words that match more than a third.
  const designated = await countMatches(db, commonWord, n);
  const common: WordShare[] = [designated];
  for (const word of await searchable(db, words.slice(0, 40).filter((w) => w !== commonWord && w.length >= 4))) {
    if (common.length >= 8) break;
    const share = await countMatches(db, word, n);
    if (share.share > 1 / 3) common.push(share);
  }

  // Rare: words from the tail of the catalogue that match at most 0.3 % of the solutions.
  const tail = shuffle(rng, words.slice(Math.floor(words.length * 0.6)).filter((w) => w.length >= 5)).slice(0, 80);
  const rareCandidates: WordShare[] = [];
  for (const word of await searchable(db, tail)) rareCandidates.push(await countMatches(db, word, n));
  let rare = rareCandidates.filter((c) => c.matches >= 1 && c.matches <= Math.max(3, 0.003 * n)).slice(0, 30);
  if (rare.length < 5) rare = rareCandidates.filter((c) => c.matches >= 1).sort((a, b) => a.matches - b.matches).slice(0, 30);

  // Two words as people type them: a mid-frequency word and a frequent one ("Waffen Erlaubnis").
  const mid = await searchable(db, words.slice(20, 400));
  const head = await searchable(db, words.slice(0, 60));
  const twoWords = Array.from({ length: 30 }, () => `${pick(rng, mid)} ${pick(rng, head)}`);

  // Typos of words that really occur in titles (a fixed sample: ids are seeded, so is md5(id)).
  const titles = await queryRows<{ title: string }>(sql`select title from solutions order by md5(id::text) limit 400`, db);
  const typos: { typo: string; of: string }[] = [];
  const seen = new Set<string>();
  for (const { title } of titles) {
    const candidates = tokenize(title).filter((w) => w.length >= 8 && !seen.has(w));
    if (candidates.length === 0) continue;
    const word = pick(rng, candidates);
    const wrong = typo(rng, word);
    if (vocabulary.known.has(wrong.toLowerCase())) continue;
    seen.add(word);
    typos.push({ typo: wrong, of: word });
    if (typos.length >= 30) break;
  }

  // Filters: the example of the issue first (Baden-Württemberg, live, maturity 3), then variations.
  const filters: Pools["filters"] = [{ state: "08", status: "live", maturity: 3 }];
  for (const state of FILTER_STATES) {
    for (const status of ["live", "in_progress"] as const) {
      for (const maturity of status === "live" ? [2, 3, 4] : [1, 2, 3]) {
        if (!(state === "08" && status === "live" && maturity === 3)) filters.push({ state, status, maturity });
      }
    }
  }
  const [first, ...others] = filters;
  const slugs = (await queryRows<{ slug: string }>(sql`select slug from solutions order by md5(id::text) limit 200`, db)).map((r) => r.slug);

  return {
    common,
    rare,
    twoWords,
    typos,
    filters: [first!, ...shuffle(rng, others)],
    slugs,
    commonWord: designated,
  };
}
