import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";

/**
 * Every literal key a component or page asks its translator for exists in the catalogue: a missing
 * one shows its dotted name to the reader (as /about/privacy did for "notConfigured" in the wrong
 * namespace). Read from the source: `const t = await getTranslations("ns")` / `useTranslations("ns")`
 * (also `{ namespace: "ns" }`), then every `t("key")` with a plain string. Dynamic keys are not checked.
 */
const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = de;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

describe("message keys", () => {
  it("names only keys the German catalogue has", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
      const source = readFileSync(file, "utf8");
      // Each call reads the nearest translator of that name declared before it (files hold several
      // functions, each with its own `t`); one bound in a destructuring is not known here and skipped.
      const declarations: { name: string; at: number; namespace: string | null }[] = [];
      const plain = /const\s+(\w+)\s*=\s*(?:await\s+)?(?:getTranslations|useTranslations)\(\s*(?:"([^"]*)"|\{[^}]*namespace:\s*"([^"]*)"[^}]*\})?\s*\)/g;
      for (const match of source.matchAll(plain)) declarations.push({ name: match[1]!, at: match.index, namespace: match[2] ?? match[3] ?? "" });
      for (const match of source.matchAll(/const\s+\[([^\]]+)\]\s*=/g)) {
        for (const name of match[1]!.split(",").map((n) => n.trim())) declarations.push({ name, at: match.index, namespace: null });
      }
      for (const name of new Set(declarations.map((d) => d.name))) {
        for (const call of source.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\.rich|\\.markup|\\.has)?\\(\\s*"([^"]+)"`, "g"))) {
          const declared = declarations.filter((d) => d.name === name && d.at < call.index).at(-1);
          if (!declared || declared.namespace === null) continue;
          const key = declared.namespace ? `${declared.namespace}.${call[1]}` : call[1]!;
          if (!has(key)) missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
