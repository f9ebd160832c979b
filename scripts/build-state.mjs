// Whether the production build in .next is older than the sources (used by `npm test` and
// `npm run bench:web`, which build only when it is).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = ["app", "components", "lib", "db", "i18n", "messages", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function buildIsStale(root = process.cwd()) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sourceTime = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
  return !existsSync(buildId) || statSync(buildId).mtimeMs < sourceTime;
}
