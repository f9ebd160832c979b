#!/usr/bin/env node
/**
 * Enforces the file vocabulary of lib/ (run by `npm run lint`).
 *
 * A domain folder (lib/solutions, lib/meetups, …) may only hold files named by one word of the
 * vocabulary below, or `<topic>-<word>` for a part of the domain that earns its own file
 * (`agenda-mutations.ts`, `organiser-actions.ts`), plus tests named the same way (`x.test.ts`).
 * The infrastructure folders (api, config, jobs, mail, markdown, health, text) serve every domain and list their files
 * one by one, so a new file there is a decision, not an accident. Files directly in lib/ are the
 * shared helpers every domain uses and are not checked here. Subfolders are not allowed.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const LIB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../lib");

/** One word per kind of content; the README's architecture section explains each. */
export const VOCABULARY = {
  schema: "zod schemas for what users and API clients send",
  queries: "reads (server-only, named columns)",
  loaders: "per-request page loaders wrapped in React cache",
  mutations: "writes: plain async functions taking an options object, returning a Result",
  actions: '"use server" adapters: session, FormData, mutation, revalidate',
  permissions: "who may do what, as SQL conditions for the WHERE of a write",
  "form-values": "FormData and form fields to values and back",
  api: "JSON shapes of the public API",
  mail: "mails: composing and sending",
  jobs: "background jobs: kinds, payloads, enqueueing",
  calendar: "iCalendar output",
  csv: "CSV output",
  time: "dates, time zones, clocks",
  search: "full-text and fuzzy search",
  revisions: "version history",
  slug: "URL slugs",
  rules: "pure domain rules without I/O",
  config: "settings read from the environment",
  session: "the signed-in member",
  urls: "absolute URLs and return paths",
  tokens: "signed tokens for links and addresses that work without signing in",
  feed: "Atom feeds",
  "test-fixtures": "test data builders (imported by tests only)",
};

/** Infrastructure folders: every file listed. */
export const INFRASTRUCTURE = {
  api: ["openapi", "operations", "responses", "routes", "schemas"],
  config: ["origin", "operator"],
  jobs: ["queue", "worker", "handlers"],
  mail: ["messages", "queries", "schema", "send"],
  log: ["logger"],
  markdown: ["render"],
  metrics: ["registry", "tracing"],
  health: ["database", "shutdown", "unavailable-page"],
  text: ["hyphenate"],
  seo: ["metadata", "structured-data", "sitemap"],
  "page-cache": ["rules", "store"],
};

const WORDS = Object.keys(VOCABULARY);

/** Why `file` does not fit its folder, or null when it does. */
export function offence(folder, file) {
  const match = /^([a-z0-9-]+?)(\.test)?\.tsx?$/.exec(file);
  if (!match) return "not a kebab-case .ts/.tsx file";
  const stem = match[1];
  if (folder in INFRASTRUCTURE) {
    return INFRASTRUCTURE[folder].includes(stem) ? null : `not one of ${INFRASTRUCTURE[folder].join(", ")}`;
  }
  if (WORDS.includes(stem)) return null;
  if (WORDS.some((word) => stem.endsWith(`-${word}`) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem.slice(0, -word.length - 1)))) return null;
  return "neither a vocabulary word nor <topic>-<word>";
}

export function checkLib(lib = LIB) {
  const offenders = [];
  for (const entry of fs.readdirSync(lib, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    for (const file of fs.readdirSync(path.join(lib, entry.name), { withFileTypes: true })) {
      if (file.name.startsWith(".")) continue;
      const reason = file.isDirectory() ? "a subfolder" : offence(entry.name, file.name);
      if (reason) offenders.push(`lib/${entry.name}/${file.name}: ${reason}`);
    }
  }
  return offenders.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const offenders = checkLib();
  if (offenders.length > 0) {
    console.error(`${offenders.length} file(s) in lib/ do not follow the file vocabulary:\n`);
    for (const line of offenders) console.error(`  ${line}`);
    console.error(`\nDomain folders: one of ${WORDS.join(", ")}, or <topic>-<word> (e.g. agenda-mutations.ts), each optionally .test.ts.`);
    console.error("Infrastructure folders: " + Object.entries(INFRASTRUCTURE).map(([k, v]) => `lib/${k}: ${v.join(", ")}`).join("; ") + ".");
    console.error("Rename the file to what it holds, move it into the file that already holds that, or extend the vocabulary in scripts/check-structure.mjs.");
    process.exit(1);
  }
  console.log("lib/ file structure OK");
}
