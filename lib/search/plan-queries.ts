import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { districts, municipalities, solutionWords } from "@/db/schema";
import { loadSynonyms, loadVocabulary } from "./queries";
import { expandQuery, isStopword, tokenize, type QueryGroup, type Vocabulary } from "./rules";

// Understanding a query before any solution is read: which place it names, which concepts it is
// about (synonyms, compounds, hyphen variants) and how its typos may be corrected. The catalogue
// search (./solution-queries.ts) turns the plan into statements.

/** How many vocabulary words a misspelt query word may stand for. */
export const CORRECTIONS_PER_WORD = 3;

/**
 * Municipalities with every word of the query in their name ("Frankfurt" → Frankfurt am Main and
 * Frankfurt (Oder)): one lookup in the index on the name's words, cheap enough for every search.
 */
export async function townsNamed(q: string): Promise<string[]> {
  const rows = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(sql`to_tsvector('simple', ${municipalities.shortName}) @@ plainto_tsquery('simple', ${q})`);
  return rows.map((r) => r.ags);
}

/**
 * Municipalities whose name resembles the query ("Felbach" → Fellbach), for searches that found
 * little otherwise. Without help the planner scans all 10,773 names and computes word_similarity for
 * each (15–60 ms); it does not know the function is expensive, so the index is forced for this one
 * statement. It runs only for searches that found little: for every search it would add the
 * solutions of each vaguely similar place name to ordinary results. Place names have a few words at
 * most: longer queries never reach the similarity threshold.
 */
export async function townsLike(q: string): Promise<string[]> {
  if (q.length > 40 || q.trim().split(/\s+/).length > 3) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await tx.select({ ags: municipalities.ags }).from(municipalities).where(sql`${municipalities.shortName} %> ${q}`);
    return rows.map((r) => r.ags);
  });
}

/** The full-text condition of one group: any of its alternatives, each with all of its words. */
export function groupQuery(group: QueryGroup): SQL {
  return sql`(${sql.join(
    group.alternatives.map((words) => sql`plainto_tsquery('german', ${words.join(" ")})`),
    sql` || `,
  )})`;
}

/** Every group (strict) or any group (partial), as one tsquery. */
export function groupsQuery(groups: readonly QueryGroup[], mode: "all" | "any"): SQL {
  if (groups.length === 0) return sql`''::tsquery`;
  return sql`(${sql.join(groups.map(groupQuery), mode === "all" ? sql` && ` : sql` || `)})`;
}

/**
 * Each group's single-word typed form that is neither a catalogue word nor a title word gets its
 * CORRECTIONS_PER_WORD most similar title words (trigram similarity above pg_trgm's threshold,
 * through the trigram index on solution_words) as further alternatives. Returns the corrected
 * groups and the query as "Meinten Sie …?" would show it, or null when nothing was corrected.
 * Correcting against one row per distinct word instead of against the titles keeps a typo of a
 * word common in titles cheap ("Genehigung" would make the title index propose thousands of
 * solutions, each to be rechecked).
 */
export async function correctedGroups(groups: readonly QueryGroup[], vocabulary: Vocabulary): Promise<{ groups: QueryGroup[]; suggestion: string } | null> {
  const candidates = groups.map((g) => g.typed).filter((t) => t.length >= 3 && /^\p{L}+$/u.test(t) && !vocabulary.has(t));
  if (candidates.length === 0) return null;
  const rows = await queryRows<{ word: string; alternative: string | null }>(sql`
    select w.word, c.word as alternative
    from unnest(${sql.raw("array[")}${sql.join(candidates.map((c) => sql`${c}::text`), sql`, `)}${sql.raw("]")}) w(word)
    left join lateral (
      select v.word from ${solutionWords} v
      where not exists (select 1 from ${solutionWords} x where x.word = w.word)
        and v.word % w.word
      order by v.word <-> w.word, v.word
      limit ${CORRECTIONS_PER_WORD}
    ) c on true`);
  const byWord = new Map<string, string[]>();
  for (const row of rows) if (row.alternative !== null) byWord.set(row.word, [...(byWord.get(row.word) ?? []), row.alternative]);
  if (byWord.size === 0) return null;
  return {
    groups: groups.map((g) => {
      const alternatives = byWord.get(g.typed);
      return alternatives ? { typed: g.typed, alternatives: [...g.alternatives, ...alternatives.map((a) => [a])] } : g;
    }),
    suggestion: groups.map((g) => byWord.get(g.typed)?.[0] ?? g.typed).join(" "),
  };
}

/** What the query is about, and where: see planQuery. */
export type SearchPlan = {
  /** The topic, one group per concept (the place words taken out). */
  groups: QueryGroup[];
  /** A municipality or district named in the query, as a filter. */
  place: { label: string; towns: string[]; district: string | null } | null;
  /** Municipalities whose name contains every query word, matched besides the text (only without a place filter). */
  towns: string[];
  vocabulary: Vocabulary;
};

/** Place-name endings after the first word(s): "Freiburg" is Freiburg im Breisgau, "Frankfurt" Frankfurt am Main. */
const NAME_TAIL = /^(am|im|an|in|bei|ob|vor|auf|\(|,)/;

/**
 * Finds a municipality or district named in the query ("Gewerbe Fellbach", "Kita Rems-Murr-Kreis",
 * "Wohngeld Landkreis Ludwigsburg"): spans of one to three words equal to a short name (or to its
 * first words, "Freiburg"). A single word that is also a word of the service catalogue does not
 * count as a place. A municipality wins over a district of the same name.
 */
async function findPlace(tokens: readonly string[], catalogue: Vocabulary): Promise<{ start: number; length: number; label: string; towns: string[]; district: string | null } | null> {
  if (tokens.length < 2) return null;
  const spans: { start: number; length: number; text: string }[] = [];
  for (let length = Math.min(3, tokens.length - 1); length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      const words = tokens.slice(start, start + length);
      if (length === 1 && (catalogue.has(words[0]!) || words[0]!.length < 3)) continue;
      spans.push({ start, length, text: words.join(" ") });
    }
  }
  if (spans.length === 0) return null;
  const texts = [...new Set(spans.map((s) => s.text))];
  const words = [...new Set(texts.flatMap((t) => t.split(/[\s-]+/)))].filter((w) => w.length > 0);
  const [towns, districtRows] = await Promise.all([
    queryRows<{ ags: string; name: string }>(sql`
      select ags, lower(short_name) as name from ${municipalities}
      where to_tsvector('simple', ${municipalities.shortName}) @@ to_tsquery('simple', ${words.map((w) => `'${w.replace(/'/g, "")}'`).join(" | ")})`),
    queryRows<{ code: string; name: string }>(sql`
      select code, lower(short_name) as name from ${districts}
      where lower(short_name) in ${sql`(${sql.join(texts.flatMap((t) => [t, t.replace(/^(land)?kreis /, "")]).map((t) => sql`${t}`), sql`, `)})`}`),
  ]);
  for (const span of spans) {
    const named = towns.filter((t) => t.name === span.text || (t.name.startsWith(`${span.text} `) && NAME_TAIL.test(t.name.slice(span.text.length + 1))));
    if (named.length > 0) return { start: span.start, length: span.length, label: span.text, towns: named.map((t) => t.ags), district: null };
    const bare = span.text.replace(/^(land)?kreis /, "");
    const district = districtRows.find((d) => d.name === span.text || d.name === bare);
    if (district) return { start: span.start, length: span.length, label: span.text, towns: [], district: district.code };
  }
  return null;
}

/** Splits the query into a place filter and the topic's groups (synonyms, compounds, hyphen variants). */
export async function planQuery(q: string, exact = false): Promise<SearchPlan> {
  const [{ words, catalogue, decompounded }, synonyms] = await Promise.all([loadVocabulary(), loadSynonyms()]);
  const tokens = tokenize(q);
  const place = await findPlace(tokens, catalogue);
  const topic = place ? [...tokens.slice(0, place.start), ...tokens.slice(place.start + place.length)] : tokens;
  const topicText = topic.join(" ");
  const groups = exact ? topic.filter((t) => !isStopword(t)).map((t) => ({ typed: t, alternatives: [[t]] })) : expandQuery(topicText, words, synonyms, decompounded);
  return {
    groups,
    place: place && groups.length > 0 ? { label: place.label, towns: place.towns, district: place.district } : null,
    towns: place && groups.length > 0 ? [] : await townsNamed(q),
    vocabulary: words,
  };
}
