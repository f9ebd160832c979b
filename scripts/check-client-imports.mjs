#!/usr/bin/env node
/**
 * Keeps server-side code out of the browser's JavaScript (run by `npm run lint`; issue "Fast pages",
 * point 2). From every "use client" file under app/, components/ and lib/ it follows the value
 * imports (not `import type`) through `@/…` and relative paths and fails when one reaches a package
 * or file below: zod (the schemas), the message catalogues, the database, the Markdown pipeline.
 * Next.js bundles each route's client components into one chunk whether they render or not, so one
 * `import { MAX_LENGTH } from "./schema"` in a form put all of zod (31 kB compressed) on every page
 * that has the form. A "use server" file is not followed: the browser gets a reference to its
 * actions, not its code. Constants and value lists a client component needs belong in a `rules.ts`,
 * `lib/form-state.ts` or `db/schema/*-enums.ts`, which import none of these.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Packages and repository files that must not reach a client component, with the reason. */
export const FORBIDDEN = [
  [/^zod$/, "zod (validation belongs to the server action)"],
  [/^messages\/[a-z]+\.json$/, "a whole message catalogue (pass texts through ClientMessages)"],
  [/^(drizzle-orm|postgres|@electric-sql\/pglite)$|^db\/client\.ts$/, "the database"],
  [/^(unified|remark-.*|rehype-.*|hast-util-.*)$/, "the Markdown pipeline"],
];

const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

function resolveImport(root, from, spec) {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return { name: spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0] };
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return { file: candidate, name: path.relative(root, candidate) };
  }
  return { name: path.relative(root, base) };
}

/** The specifiers of the value imports and re-exports of a source file. */
export function valueImports(source) {
  const specs = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["']/gm)) {
    if (match[1]) continue;
    const names = match[2].trim();
    if (/^\{[\s\S]*\}$/.test(names)) {
      const list = names.slice(1, -1).split(",").map((name) => name.trim()).filter(Boolean);
      if (list.length > 0 && list.every((name) => name.startsWith("type "))) continue;
    }
    specs.push(match[3]);
  }
  for (const match of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specs.push(match[1]);
  return specs;
}

const directive = (source, word) => new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']use ${word}["']`).test(source);

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** One line per client component that reaches something forbidden, with the import chain. */
export function checkClientImports(root = ROOT) {
  const offenders = [];
  const clientFiles = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir))).filter((file) => directive(fs.readFileSync(file, "utf8"), "client"));
  for (const start of clientFiles) {
    const seen = new Set();
    const queue = [[start, [path.relative(root, start)]]];
    while (queue.length > 0) {
      const [file, chain] = queue.shift();
      if (seen.has(file)) continue;
      seen.add(file);
      const source = fs.readFileSync(file, "utf8");
      if (file !== start && directive(source, "server")) continue;
      for (const spec of valueImports(source)) {
        const target = resolveImport(root, file, spec);
        const rule = FORBIDDEN.find(([pattern]) => pattern.test(target.name));
        if (rule) {
          offenders.push(`${[...chain, target.name].join(" → ")}: ${rule[1]}`);
        } else if (target.file && /\.(tsx?|mjs|js)$/.test(target.file)) {
          queue.push([target.file, [...chain, target.name]]);
        }
      }
    }
  }
  return [...new Set(offenders)].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const offenders = checkClientImports();
  if (offenders.length > 0) {
    console.error(`${offenders.length} client import chain(s) bring server-side code to the browser:\n`);
    for (const line of offenders) console.error(`  ${line}`);
    console.error("\nMove what the client component needs into a file without these imports (a rules.ts, lib/form-state.ts, db/schema/*-enums.ts).");
    process.exit(1);
  }
  console.log("client imports OK");
}
