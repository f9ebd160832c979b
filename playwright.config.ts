import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT || 3100);
// E2E_BASE_URL points the suite at a server that is already running (e.g. `npm run dev`).
const external = process.env.E2E_BASE_URL;
const baseURL = external || `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Files run in two workers against the one server; the tests of a file run in order. Every test
  // signs up members of its own (runId), so files do not share state.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
  // The production build on a fresh PGlite folder; scripts/test.mjs builds it when it is stale.
  webServer: external
    ? undefined
    : {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
