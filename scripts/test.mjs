// `npm test`: unit + integration tests (Vitest), then the e2e suite (Playwright) on a production build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { chromiumPath } from "./chromium.mjs";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(chromiumPath)) {
  console.error(
    [
      "",
      `The e2e tests need Chromium at ${chromiumPath}, and it is not installed.`,
      "Install the Debian/Ubuntu package with:",
      "",
      "    sudo apt-get update && sudo apt-get install -y chromium",
      "",
      "or point CHROMIUM_PATH at another Chromium binary. (`npx playwright install` is not used:",
      "it downloads a browser, which this project does not rely on.)",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

run("npx", ["vitest", "run"]);

// Rebuild only when a source file is newer than the last production build.
function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}
const buildId = path.join(".next", "BUILD_ID");
const sources = ["app", "components", "lib", "db", "i18n", "messages", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
const sourceTime = Math.max(...sources.map(newestMtime));
if (!existsSync(buildId) || statSync(buildId).mtimeMs < sourceTime) {
  console.log("\n[test] building the app for the e2e suite …");
  run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
} else {
  console.log("\n[test] the production build is up to date.");
}

run("npx", ["playwright", "test"]);
