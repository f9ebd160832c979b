/**
 * The language side of the search, without I/O: splitting a query into words, German compounds,
 * hyphen variants and synonyms. lib/search/queries.ts loads the vocabulary and the synonyms these
 * functions take; lib/search/plan-queries.ts and solution-queries.ts turn the resulting groups into tsqueries.
 */

/** Words the catalogue's vocabulary is made of, lowercase. */
export type Vocabulary = ReadonlySet<string>;
/** Lowercase term (one to three words) → what it also means, each lowercase. */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

/**
 * One concept of a query: what was typed, and the ways a solution can contain it. Each alternative is
 * a list of words that must all occur ("bauantrag" or "bau" + "antrag" or "baugenehmigung").
 */
export type QueryGroup = { typed: string; alternatives: string[][] };

/** German and English function words that say nothing about the topic. */
const STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einer eines einem einen und oder für von vom mit zu zum zur im in am an auf bei aus " +
    "nach über unter vor wie was wer ist sind wird werden ich wir sie es man auch als bis durch ohne gegen um " +
    "the a an of for to in on at and or how with by from my our is are"
  ).split(" "),
);

/** Linking elements between the parts of a compound ("Einbürgerung-s-antrag", "Kinder-garten"). */
const LINKS = ["s", "es", "n", "en", "e", "er"];
/** Endings a last part may carry ("Gewerbeanmeldung-en"). */
const ENDINGS = ["n", "en", "e", "s", "es", "er", "ern"];
const MIN_PART = 3;
const MAX_PARTS = 4;

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercase, NFC, without soft hyphens and with typographic dashes as plain hyphens. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u00ad/g, "")
    .replace(/[\u2010-\u2014]/g, "-")
    .toLowerCase();
}

/** The normalised query as counted for the zero-result aggregate: lowercase, single spaces. */
export function normaliseQuery(q: string): string {
  return tokenize(q).join(" ");
}

/**
 * The words of a text, lowercase; a hyphenated word stays one token ("e-akte"). Punctuation,
 * quotes and leading minus signs are dropped, so the search never sees websearch syntax.
 * A single letter followed by a word is joined with it ("E Akte" → "e-akte").
 */
export function tokenize(text: string): string[] {
  const raw = normaliseText(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .map((t) => t.replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-"))
    .filter((t) => t.length > 0);
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const next = raw[i + 1];
    if (/^\p{L}$/u.test(token) && next !== undefined && next.length >= 3 && !isStopword(token)) {
      tokens.push(`${token}-${next}`);
      i++;
    } else tokens.push(token);
  }
  return tokens;
}

function stripEnding(word: string, vocabulary: Vocabulary): string | null {
  if (vocabulary.has(word)) return word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_PART && word.endsWith(ending) && vocabulary.has(word.slice(0, -ending.length))) return word.slice(0, -ending.length);
  }
  return null;
}

/** A first or middle part: a word, a word that lost its final -e ("Schul-"), or a word plus a linking element. */
function headWord(head: string, vocabulary: Vocabulary): string | null {
  if (head.length < MIN_PART || STOPWORDS.has(head)) return null;
  if (vocabulary.has(head)) return head;
  if (vocabulary.has(`${head}e`)) return `${head}e`;
  for (const link of LINKS) {
    const stem = head.slice(0, -link.length);
    if (head.endsWith(link) && stem.length >= MIN_PART && vocabulary.has(stem) && !STOPWORDS.has(stem)) return stem;
  }
  return null;
}

/**
 * The parts of a German compound found in the vocabulary ("bauantrag" → ["bau", "antrag"],
 * "einbürgerungsantrag" → ["einbürgerung", "antrag"], "eakte" → ["e", "akte"]), or null when the
 * word is not one. Each part has at least three letters; the split with the fewest parts wins,
 * among equals the one with the longest first part. A word that is itself in the vocabulary is
 * still split when it can be ("baugenehmigung" → ["bau", "genehmigung"]): that is what lets
 * "Bauantrag" find Baugenehmigung examples.
 */
export function decompound(word: string, vocabulary: Vocabulary, cache?: Map<string, string[] | null>): string[] | null {
  const cached = cache?.get(word);
  if (cached !== undefined) return cached;
  let result: string[] | null = null;
  if (/^\p{L}+$/u.test(word) && word.length >= 2 * MIN_PART) {
    result = split(word, vocabulary, 1);
  }
  if (!result && /^[ei]\p{L}{4,}$/u.test(word) && stripEnding(word.slice(1), vocabulary)) result = [word[0]!, stripEnding(word.slice(1), vocabulary)!];
  cache?.set(word, result);
  return result;
}

function split(word: string, vocabulary: Vocabulary, depth: number): string[] | null {
  let best: string[] | null = null;
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = headWord(word.slice(0, i), vocabulary);
    if (!head) continue;
    const rest = word.slice(i);
    const last = stripEnding(rest, vocabulary);
    const tail = last && !STOPWORDS.has(last) ? [last] : depth + 1 < MAX_PARTS ? split(rest, vocabulary, depth + 1) : null;
    if (!tail) continue;
    const parts = [head, ...tail];
    if (!best || parts.length < best.length) best = parts;
    if (best.length === 2) break;
  }
  return best;
}

/** A hyphenated token's joined form and its parts ("e-akte" → "eakte", ["e", "akte"]). */
export function hyphenVariants(token: string): { joined: string; parts: string[] } | null {
  if (!token.includes("-")) return null;
  const parts = token.split("-").filter((p) => p.length > 0);
  return parts.length > 1 ? { joined: parts.join(""), parts } : null;
}

function synonymsOf(term: string, synonyms: Synonyms): readonly string[] {
  const direct = synonyms.get(term);
  if (direct) return direct;
  // A plural or inflected form of a one-word term ("Mülltonnen", "Kitas").
  if (!term.includes(" ")) {
    for (const ending of ENDINGS) {
      if (term.endsWith(ending) && term.length - ending.length >= MIN_PART) {
        const found = synonyms.get(term.slice(0, -ending.length));
        if (found) return found;
      }
    }
  }
  return [];
}

function addAlternative(alternatives: string[][], words: string[]) {
  const key = words.join(" ");
  if (words.length > 0 && !alternatives.some((a) => a.join(" ") === key)) alternatives.push(words);
}

/** The ways one token can occur: itself, its hyphen variants, its compound parts, its synonyms. */
function tokenAlternatives(token: string, vocabulary: Vocabulary, synonyms: Synonyms, decompounded: Map<string, string[] | null>): string[][] {
  const alternatives: string[][] = [];
  const hyphen = hyphenVariants(token);
  if (hyphen) {
    addAlternative(alternatives, hyphen.parts.filter((p) => !isStopword(p)));
    addAlternative(alternatives, [hyphen.joined]);
  } else addAlternative(alternatives, [token]);
  const whole = hyphen ? hyphen.joined : token;
  const parts = decompound(whole, vocabulary, decompounded);
  if (parts) {
    addAlternative(alternatives, parts);
    // A part with a synonym stands for it too ("Kindergarten|platz" → "Kindertagesbetreuung" + "Platz").
    parts.forEach((part, i) => {
      for (const synonym of synonymsOf(part, synonyms)) addAlternative(alternatives, [...parts.slice(0, i), ...synonymWords(synonym), ...parts.slice(i + 1)]);
    });
  }
  for (const form of new Set([token, whole, ...(hyphen ? [hyphen.parts.join(" ")] : [])])) {
    for (const synonym of synonymsOf(form, synonyms)) addSynonym(alternatives, synonym, vocabulary, decompounded);
  }
  return alternatives;
}

function synonymWords(synonym: string): string[] {
  return tokenize(synonym).flatMap((t) => hyphenVariants(t)?.parts ?? [t]);
}

/** A synonym as an alternative, and for a one-word synonym its compound parts as another ("gewerbeanmeldung" → "gewerbe" + "anmeldung"). */
function addSynonym(alternatives: string[][], synonym: string, vocabulary: Vocabulary, decompounded: Map<string, string[] | null>) {
  const words = synonymWords(synonym);
  addAlternative(alternatives, words);
  if (words.length === 1) {
    const parts = decompound(words[0]!, vocabulary, decompounded);
    if (parts) addAlternative(alternatives, parts);
  }
}

/**
 * The query as groups, one per concept. Phrases of up to three words that are synonym terms
 * ("baum fällen", "housing benefit") form one group; every other word is a group of its own with
 * its hyphen variants, compound parts and synonyms. Function words are dropped unless nothing else
 * is left.
 */
export function expandQuery(q: string, vocabulary: Vocabulary, synonyms: Synonyms, decompounded = new Map<string, string[] | null>()): QueryGroup[] {
  const all = tokenize(q);
  const meaningful = all.filter((t) => !isStopword(t));
  const tokens = meaningful.length > 0 ? meaningful : all;
  const groups: QueryGroup[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let length = Math.min(3, tokens.length - i); length >= 2; length--) {
      const phrase = tokens.slice(i, i + length).join(" ");
      const found = synonymsOf(phrase, synonyms);
      if (found.length > 0) {
        const alternatives: string[][] = [];
        addAlternative(alternatives, tokens.slice(i, i + length).flatMap((t) => hyphenVariants(t)?.parts ?? [t]));
        for (const synonym of found) addSynonym(alternatives, synonym, vocabulary, decompounded);
        groups.push({ typed: phrase, alternatives });
        matched = length;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const token = tokens[i]!;
    groups.push({ typed: token, alternatives: tokenAlternatives(token, vocabulary, synonyms, decompounded) });
    i++;
  }
  return groups;
}

/**
 * What the search indexes besides a solution's own text (weight D): the parts of its compound
 * words and the joined forms of its hyphenated words, each once, plus the given extra texts (the
 * LeiKa and OZG names of its services) with their compound parts. Words of the text itself are not
 * repeated: they are already in the vector at a higher weight.
 */
export function searchTerms(ownText: string, extraTexts: readonly string[], vocabulary: Vocabulary, decompounded = new Map<string, string[] | null>()): string {
  const own = new Set(tokenize(ownText));
  const terms = new Set<string>();
  const addDerived = (token: string) => {
    const hyphen = hyphenVariants(token);
    if (hyphen) {
      terms.add(hyphen.joined);
      for (const part of hyphen.parts) for (const sub of decompound(part, vocabulary, decompounded) ?? []) terms.add(sub);
    }
    for (const part of decompound(hyphen ? hyphen.joined : token, vocabulary, decompounded) ?? []) if (part.length >= MIN_PART) terms.add(part);
  };
  for (const token of own) addDerived(token);
  for (const text of extraTexts) {
    for (const token of tokenize(text)) {
      if (isStopword(token)) continue;
      if (!own.has(token)) terms.add(token);
      addDerived(token);
    }
  }
  return [...terms].filter((t) => !own.has(t)).join(" ");
}

/** All words of the groups, for highlighting: what was typed and what it was expanded to. */
export function highlightWords(groups: readonly QueryGroup[]): string[] {
  const words = new Set<string>();
  for (const group of groups) for (const alternative of group.alternatives) for (const word of alternative) if (word.length >= 3) words.add(word);
  return [...words];
}

/**
 * The text split into plain and marked pieces: a piece is marked where a word of the text starts
 * with one of the words (or, for words of five letters or more, contains it: the "bau" in
 * "Baugenehmigung" is a compound part, "genehmigung" in "Baugenehmigung" too). German endings
 * are tolerated by matching the word without its last one or two letters when it is long.
 */
export function markPieces(text: string, words: readonly string[]): { text: string; marked: boolean }[] {
  const stems = [...new Set(words.map((w) => normaliseText(w)).filter((w) => w.length >= 3).map((w) => (w.length >= 7 ? w.slice(0, -2) : w.length >= 5 ? w.slice(0, -1) : w)))];
  if (stems.length === 0 || text.length === 0) return [{ text, marked: false }];
  const lower = normaliseText(text);
  // Same length as text: normaliseText only lowercases here (soft hyphens are rare in titles; if
  // any, marking is skipped rather than misplaced).
  if (lower.length !== text.length) return [{ text, marked: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const stem of stems) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(stem, from);
      if (at < 0) break;
      const atWordStart = at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!);
      if (atWordStart || stem.length >= 5) {
        // Mark to the end of the word, so "Anträge" is marked whole for "antrag".
        let end = at + stem.length;
        let wordEnd = end;
        while (wordEnd < lower.length && /[\p{L}\p{N}]/u.test(lower[wordEnd]!)) wordEnd++;
        if (wordEnd - end <= 3) end = wordEnd;
        for (let i = at; i < end; i++) marks[i] = true;
      }
      from = at + 1;
    }
  }
  const pieces: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.marked === marks[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, marked: marks[i]! });
  }
  return pieces;
}

/**
 * About `length` characters of a plain text around the first word a search matched (as markPieces
 * marks them), cut at spaces, with "…" where text was left out; the start when nothing is marked.
 */
export function excerptAround(text: string, words: readonly string[], length = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  let at = 0;
  for (const piece of markPieces(flat, words)) {
    if (piece.marked) break;
    at += piece.text.length;
  }
  if (at >= flat.length) at = 0;
  let start = Math.max(0, Math.min(at - Math.floor(length / 3), flat.length - length));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > Math.max(start, at)) end = space;
  }
  return `${start > 0 ? "…" : ""}${flat.slice(start, end).replace(/[\s.,;:!?–-]+$/, "")}${end < flat.length ? "…" : ""}`;
}

/** Longest query kept in the zero-result aggregate; longer ones are pasted text, not searches. */
export const MISS_QUERY_MAX = 100;

/**
 * The form in which a search that found nothing is counted, or null when it is not counted: an
 * e-mail address or six or more digits (a phone number, a file reference) could name a person, and a
 * very long query is pasted text. Only the words and how often — never who searched.
 */
export function countedMiss(q: string): string | null {
  const normalised = normaliseQuery(q);
  if (!normalised || normalised.length > MISS_QUERY_MAX) return null;
  if (q.includes("@") || /\d{6,}/.test(q.replace(/[\s/()+-]/g, ""))) return null;
  return normalised;
}
