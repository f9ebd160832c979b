// Starts the production build for the e2e suite on a fresh, throw-away PGlite folder.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const port = process.argv[2] || "3100";
const dataDir = path.join(process.cwd(), ".data", "e2e");
rmSync(dataDir, { recursive: true, force: true });

const env = {
  ...process.env,
  PGLITE_DIR: path.join(dataDir, "pglite"),
  // The e2e suite reads sign-in links from the outbox page, which production hides by default.
  MAIL_OUTBOX_PUBLIC: "1",
  AUTH_SECRET: process.env.AUTH_SECRET || "e2e-only-secret-not-for-production-000000",
  ADMIN_EMAILS: "e2e-admin@kommunalnetz.test,e2e-organiser@kommunalnetz.test",
  // Mails from background jobs (waitlist promotion, confirmations) should show up within seconds.
  JOB_INTERVAL_MS: "1000",
  NEXT_TELEMETRY_DISABLED: "1",
  // The suite's browser opens 127.0.0.1; links and Auth.js redirects are built from this origin only.
  // (E2E_APP_URL: the single sign-on suite runs on localhost, see playwright.oidc.config.ts.)
  APP_URL: process.env.E2E_APP_URL || `http://127.0.0.1:${port}`,
  // Replies by e-mail: the suite posts raw messages to /api/inbound-mail with this secret, and
  // notification mails carry Reply-To addresses at this address.
  INBOUND_MAIL_SECRET: "e2e-inbound-secret",
  INBOUND_MAIL_ADDRESS: "antwort@kommunalnetz.test",
  // The suite signs the same e2e admin and organiser in many times within the hour.
  RATE_LIMIT_SIGNIN_PER_EMAIL: "100",
  // The imprint, privacy notice and accessibility statement show the operator from configuration
  // (a test operator; the enforcement body stays unset to show the fallback text).
  OPERATOR_NAME: "Kommunalnetz-Testbetrieb (e2e)",
  OPERATOR_ADDRESS: "Teststraße 1|00000 Prüfstadt",
  OPERATOR_EMAIL: "betrieb@kommunalnetz.test",
  ACCESSIBILITY_CONTACT_EMAIL: "barrierefrei@kommunalnetz.test",
};
delete env.AUTH_URL;
delete env.DATABASE_URL;

const child = spawn("npx", ["tsx", "--conditions=react-server", "db/setup.ts"], { env, stdio: "inherit" });
child.on("exit", (code) => {
  if (code !== 0) process.exit(code ?? 1);
  // Next.js itself, not through npx: npx does not pass SIGTERM on, and the server (with its job
  // worker polling every second) outlived the suite, running beside the next steps of CI.
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { env, stdio: "inherit" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (c) => process.exit(c ?? 0));
});
