import { describe, expect, it } from "vitest";
import { decompound, expandQuery, excerptAround, markPieces, normaliseQuery, searchTerms, tokenize } from "./rules";

const vocabulary = new Set(["bau", "antrag", "genehmigung", "gewerbe", "anmeldung", "einbürgerung", "akte", "wohnsitz", "schule", "anzeige", "sterbefall", "kinder", "garten", "platz", "kindergarten"]);
const synonyms = new Map([
  ["heiraten", ["eheschließung"]],
  ["kita", ["kindertagesbetreuung"]],
  ["mülltonne", ["abfallbehälter"]],
  ["baum fällen", ["baumfällgenehmigung"]],
  ["firma anmelden", ["gewerbeanmeldung"]],
  ["kindergarten", ["kita"]],
]);

describe("decompound", () => {
  it("splits compounds into catalogue words, with linking elements and dropped -e", () => {
    expect(decompound("bauantrag", vocabulary)).toEqual(["bau", "antrag"]);
    expect(decompound("baugenehmigung", vocabulary)).toEqual(["bau", "genehmigung"]);
    expect(decompound("gewerbeanmeldung", vocabulary)).toEqual(["gewerbe", "anmeldung"]);
    expect(decompound("einbürgerungsantrag", vocabulary)).toEqual(["einbürgerung", "antrag"]);
    expect(decompound("schulanmeldung", vocabulary)).toEqual(["schule", "anmeldung"]);
    expect(decompound("gewerbeanmeldungen", vocabulary)).toEqual(["gewerbe", "anmeldung"]);
    expect(decompound("sterbefallanzeige", vocabulary)).toEqual(["sterbefall", "anzeige"]);
  });

  it("prefers the fewest parts and leaves words alone that are no compound", () => {
    expect(decompound("kindergartenplatz", vocabulary)).toEqual(["kindergarten", "platz"]);
    expect(decompound("anmeldung", vocabulary)).toBeNull();
    expect(decompound("verwaltung", vocabulary)).toBeNull();
    expect(decompound("bau", vocabulary)).toBeNull();
  });

  it("splits the e- prefix of eAkte", () => {
    expect(decompound("eakte", vocabulary)).toEqual(["e", "akte"]);
  });
});

describe("tokenize and hyphen variants", () => {
  it("keeps hyphenated words, joins a single letter with the next word, drops punctuation and operators", () => {
    expect(tokenize("E-Akte")).toEqual(["e-akte"]);
    expect(tokenize("E Akte")).toEqual(["e-akte"]);
    expect(tokenize('"Wohngeld"  -Antrag, bitte!')).toEqual(["wohngeld", "antrag", "bitte"]);
    expect(normaliseQuery("  Kita   ANMELDUNG ")).toBe("kita anmeldung");
  });

  it("gives E-Akte, eAkte and E Akte the same alternatives", () => {
    const alternatives = (q: string) => expandQuery(q, vocabulary, synonyms)[0]!.alternatives.map((a) => a.join(" ")).sort();
    expect(alternatives("E-Akte")).toEqual(["e akte", "eakte"]);
    expect(alternatives("E Akte")).toEqual(["e akte", "eakte"]);
    expect(alternatives("eAkte")).toEqual(["e akte", "eakte"]);
  });
});

describe("expandQuery", () => {
  it("adds everyday synonyms, also for plurals, and compound parts", () => {
    expect(expandQuery("Heiraten", vocabulary, synonyms)).toEqual([{ typed: "heiraten", alternatives: [["heiraten"], ["eheschließung"]] }]);
    expect(expandQuery("Mülltonnen", vocabulary, synonyms)[0]!.alternatives).toContainEqual(["abfallbehälter"]);
    expect(expandQuery("Bauantrag", vocabulary, synonyms)).toEqual([{ typed: "bauantrag", alternatives: [["bauantrag"], ["bau", "antrag"]] }]);
  });

  it("makes one group per concept: synonym phrases stay together, function words go", () => {
    const groups = expandQuery("Kita Anmeldung für Baum fällen", vocabulary, synonyms);
    expect(groups.map((g) => g.typed)).toEqual(["kita", "anmeldung", "baum fällen"]);
    expect(groups[2]!.alternatives).toEqual([["baum", "fällen"], ["baumfällgenehmigung"]]);
  });

  it("splits a one-word synonym into its parts and replaces a compound part by its synonym", () => {
    expect(expandQuery("Firma anmelden", vocabulary, synonyms)[0]!.alternatives).toEqual([["firma", "anmelden"], ["gewerbeanmeldung"], ["gewerbe", "anmeldung"]]);
    expect(expandQuery("Kindergartenplatz", vocabulary, synonyms)[0]!.alternatives).toContainEqual(["kita", "platz"]);
  });

  it("keeps a query of function words only", () => {
    expect(expandQuery("für", vocabulary, synonyms).map((g) => g.typed)).toEqual(["für"]);
  });
});

describe("searchTerms", () => {
  it("indexes compound parts, joined hyphen forms and the service names, without repeating the own words", () => {
    const terms = searchTerms("Digitales Baugenehmigungsverfahren mit E-Akte", ["Bauvorbescheid und Baugenehmigung"], vocabulary).split(" ");
    expect(terms).toEqual(expect.arrayContaining(["eakte", "bauvorbescheid", "baugenehmigung", "bau", "genehmigung"]));
    expect(terms).not.toContain("digitales");
    expect(terms).not.toContain("und");
  });
});

describe("markPieces", () => {
  it("marks words and compound parts, case-insensitively, and nothing else", () => {
    const marked = (text: string, words: string[]) => markPieces(text, words).filter((p) => p.marked).map((p) => p.text);
    expect(marked("Digitales Baugenehmigungsverfahren in Karlsruhe", ["bau", "genehmigung"])).toEqual(["Baugenehmigu"]);
    expect(marked("Kita-Plätze in Fellbach", ["kita"])).toEqual(["Kita"]);
    expect(marked("Wohngeld-Antrag", ["wohngeld"])).toEqual(["Wohngeld"]);
    expect(markPieces("Nichts", ["wohngeld"])).toEqual([{ text: "Nichts", marked: false }]);
  });

  it("marks a word with digits whole, so a link's name stays the title", () => {
    expect(markPieces("Hundesteuer digital mx5xshxo612", ["mx5xshxo612"])).toEqual([
      { text: "Hundesteuer digital ", marked: false },
      { text: "mx5xshxo612", marked: true },
    ]);
  });
});

describe("excerptAround", () => {
  const long =
    "Wir haben lange mit dem Anbieter verhandelt und die Schnittstelle zweimal neu ausgeschrieben. " +
    "Am Ende lief der Wohngeldantrag über das Landesportal, die Fachanwendung bekam die Daten per XÖV. " +
    "Wichtig war vor allem, die Sachbearbeitung früh einzubinden und die Formulare gemeinsam zu testen.";

  it("keeps a short text whole", () => {
    expect(excerptAround("Kurz und  gut.", ["gut"])).toBe("Kurz und gut.");
  });

  it("shows the words around the first match, cut at spaces, with … where text is left out", () => {
    const excerpt = excerptAround(long, ["wohngeld"], 80);
    expect(excerpt).toContain("Wohngeldantrag");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(82);
    // Whole words only: the text between the marks is a piece of the original.
    expect(long).toContain(excerpt.slice(1, -1));
  });

  it("starts at the beginning when nothing matches", () => {
    const excerpt = excerptAround(long, ["hundesteuer"], 60);
    expect(excerpt.startsWith("Wir haben lange")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
