// Synthetic but realistic text for the benchmark: every word comes from the real OZG catalogue (the
// 557 OZG service names and the 5,249 LeiKa names in db/data/), sampled with a Zipf–Mandelbrot law
// over the words' ranks in that catalogue, so a few words are everywhere and most are rare.
import { readCsv } from "@/db/seed/reference";

export type Rng = () => number;

/** Small, fast, seedable PRNG: the same seed gives the same catalogue. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const randInt = (rng: Rng, n: number) => Math.floor(rng() * n);
export const between = (rng: Rng, min: number, max: number) => min + randInt(rng, max - min + 1);
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[randInt(rng, items.length)]!;

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randInt(rng, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** P(rank r) ∝ 1 / (r + q)^s for r = 1 … n (Zipf for q = 0; q > 0 flattens the head). */
export class ZipfSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    readonly s: number,
    readonly q: number,
  ) {
    if (items.length === 0) throw new Error("ZipfSampler needs at least one item");
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let r = 0; r < items.length; r++) {
      total += 1 / Math.pow(r + 1 + q, s);
      this.cumulative[r] = total;
    }
    for (let r = 0; r < items.length; r++) this.cumulative[r]! /= total;
  }

  /** Probability of the item at 0-based rank r. */
  probability(r: number): number {
    return this.cumulative[r]! - (r > 0 ? this.cumulative[r - 1]! : 0);
  }

  sample(rng: Rng): T {
    const u = rng();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

// German function words. Those that occur in the catalogue names keep their rank there; a running
// text needs a few more (verbs, pronouns) that names never contain.
const FUNCTION_WORDS = new Set(
  (
    "für von und der zur nach zum in oder des im einer die bei aus den eines mit als dem auf über an durch einem " +
    "wegen zu das am ein eine vom beim sowie gegen ohne unter bis ins um vor nicht ist wird werden wurde wurden " +
    "sich auch es sie wir ihre unsere haben hat kann können muss müssen soll sollen dass so nur noch bereits jetzt"
  ).split(" "),
);
const EXTRA_FUNCTION_WORDS = ["ist", "wird", "werden", "wurde", "sich", "auch", "wir", "haben", "kann", "dass", "nur", "noch", "bereits", "jetzt"];

// Share of function words in the running text (German prose has roughly 40–50 %).
const FUNCTION_WORD_SHARE = 0.4;

export type OzgService = { id: number; name: string };

export type Vocabulary = {
  /** Content words, most frequent in the catalogue first. */
  contentWords: string[];
  functionWords: string[];
  /** Lower-cased every word of the catalogue, to tell a typo from a real word. */
  known: Set<string>;
  services: OzgService[];
};

/** "Erteilung einer Erlaubnis nach § 34c GewO" → Erteilung, einer, Erlaubnis, nach, GewO. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w));
}

export function loadVocabulary(rng: Rng): Vocabulary {
  const services = readCsv("ozg_services.csv").map((r) => ({ id: Number(r.ozg_id), name: r.name! }));
  const names = [...services.map((s) => s.name), ...readCsv("ozg_leika_services.csv").map((r) => r.name!)];
  const frequency = new Map<string, number>();
  for (const name of names) for (const word of tokenize(name)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  // Ties (most words occur once or twice) in a seeded random order rather than alphabetically.
  const words = shuffle(rng, [...frequency.keys()]).sort((a, b) => frequency.get(b)! - frequency.get(a)!);
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w));
  for (const w of EXTRA_FUNCTION_WORDS) if (!functionWords.includes(w)) functionWords.push(w);
  return {
    contentWords: words.filter((w) => !FUNCTION_WORDS.has(w)),
    functionWords,
    known: new Set(words.map((w) => w.toLowerCase())),
    services,
  };
}

// Real product and supplier names of German municipal IT; the combinations are invented.
export const SOFTWARE = ["Civento", "Form-Solutions", "OZG-Hub", "Serviceportal BW", "Dataport Onlinedienste", "NOLIS", "OpenR@thaus", "ekom21 Formularserver", "Antragsmanagement", "Online-Sicherheitsprüfung"];
export const VENDORS = ["Komm.ONE", "ekom21", "Dataport", "AKDB", "regio iT", "KDN", "Form-Solutions GmbH", "publicplan", "Governikus", "Vitako-Dienstleister"];

export type TextOptions = {
  /** The word that must occur in more than a third of the solutions. */
  commonWord: string;
};

export class TextGenerator {
  private readonly content: ZipfSampler<string>;
  private readonly functional: ZipfSampler<string>;

  constructor(
    private readonly rng: Rng,
    vocabulary: Vocabulary,
    private readonly options: TextOptions,
  ) {
    // q = 30 keeps the head realistic (the top content words in about two thirds of the texts, not in
    // all of them); s = 1.4 thins the tail so that the rarest words occur in about 0.1 % of the texts.
    this.content = new ZipfSampler(vocabulary.contentWords, 1.4, 30);
    this.functional = new ZipfSampler(vocabulary.functionWords, 1, 1);
  }

  private word(): string {
    return this.rng() < FUNCTION_WORD_SHARE ? this.functional.sample(this.rng) : this.content.sample(this.rng);
  }

  private words(min: number, max: number, contentOnly = false): string[] {
    const n = between(this.rng, min, max);
    return Array.from({ length: n }, () => (contentOnly ? this.content.sample(this.rng) : this.word()));
  }

  private sentence(min: number, max: number): string {
    const text = this.words(min, max).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** Titles as people write them: often the service name, often "Antrag"; at most 160 characters. */
  title(serviceName: string): string {
    const c = this.options.commonWord;
    const u = this.rng();
    let title: string;
    if (u < 0.12) title = `Online-${c} ${serviceName}`;
    else if (u < 0.2) title = `Digitaler ${c}: ${serviceName}`;
    else if (u < 0.35) title = `${serviceName} digital beantragen`;
    else if (u < 0.55) title = `${serviceName}: ${this.words(2, 5, true).join(" ")}`;
    else {
      const text = this.words(4, 9).join(" ");
      title = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    }
    if (title.length > 160) title = title.slice(0, 160).replace(/\s+\S*$/, "");
    return title;
  }

  summary(): string {
    const sentences = [this.sentence(8, 18)];
    if (this.rng() < 0.5) sentences.push(this.sentence(6, 14));
    // "Der Antrag …" is how many summaries start.
    if (this.rng() < 0.1) sentences.unshift(`Der ${this.options.commonWord} ist vollständig digital.`);
    return sentences.join(" ").slice(0, 500);
  }

  body(): string {
    const paragraphs = between(this.rng, 2, 4);
    return Array.from({ length: paragraphs }, () =>
      Array.from({ length: between(this.rng, 2, 5) }, () => this.sentence(6, 16)).join(" "),
    ).join("\n\n");
  }

  lessons(): string | null {
    return this.rng() < 0.3 ? this.sentence(8, 20) : null;
  }
}

/** A plausible title typo: two neighbouring letters swapped, one dropped or one doubled. */
export function typo(rng: Rng, word: string): string {
  const i = between(rng, 1, word.length - 3);
  switch (randInt(rng, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}
