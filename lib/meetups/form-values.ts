/**
 * What organisers type into the "linked solutions" field: slugs, or the solution's address copied
 * from the browser (the last path segment counts). Empty entries are dropped, duplicates merged.
 */
export function parseSolutionSlugs(text: string): string[] {
  const slugs = text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => entry.replace(/[?#].*$/, "").split("/").filter(Boolean).pop() ?? "")
    .map((entry) => entry.toLowerCase());
  return [...new Set(slugs)];
}
