// `npm test`: unit + integration tests (Vitest), then the e2e suite (Playwright) on a production build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildIsStale } from "./build-state.mjs";
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
if (buildIsStale()) {
  console.log("\n[test] building the app for the e2e suite …");
  run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
} else {
  console.log("\n[test] the production build is up to date.");
}

run("npx", ["playwright", "test"]);

// Single sign-on in the browser: its own server, started with OIDC_* pointing at a throw-away issuer.
run("npx", ["playwright", "test", "-c", "playwright.oidc.config.ts"]);
