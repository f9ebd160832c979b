const germanLetters: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue", ẞ: "ss" };

export const MAX_SLUG_BASE = 80;

/** "Anträge für Wohngeld – online!" → "antraege-fuer-wohngeld-online". */
export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüßÄÖÜẞ]/g, (c) => germanLetters[c] ?? c)
    // Other accents (é, ł, ı …) lose their marks rather than the whole letter.
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_BASE)
    .replace(/-+$/g, "");
  return slug || "loesung";
}

/** The base itself if free, else the first free "base-2", "base-3", … */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
