import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Single sign-on end to end (e2e/oidc.sso.ts): a throw-away OpenID Connect issuer
// (scripts/e2e-oidc-issuer.mjs) and the production build configured for it. The server must get the
// OIDC_* settings at its start, so this suite has its own config:
//   E2E_PORT=3104 npx playwright test -c playwright.oidc.config.ts
const port = Number(process.env.E2E_PORT || 3100);
const issuerPort = Number(process.env.E2E_OIDC_PORT || port + 90);
// On localhost, not 127.0.0.1: Next.js writes 127.0.0.1 in a route handler's request URL as
// localhost, so Auth.js' redirect URI at the callback would not be the one of the authorization.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  ...base,
  testMatch: /oidc\.sso\.ts$/,
  workers: 1,
  use: { ...base.use, baseURL },
  webServer: [
    {
      command: `node scripts/e2e-oidc-issuer.mjs ${issuerPort} ${port}`,
      url: `http://127.0.0.1:${issuerPort}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node scripts/e2e-server.mjs ${port}`,
      url: `${baseURL}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        E2E_APP_URL: baseURL,
        OIDC_ISSUER: `http://127.0.0.1:${issuerPort}`,
        OIDC_CLIENT_ID: "kommunalnetz-e2e",
        OIDC_CLIENT_SECRET: "e2e-client-secret",
        OIDC_DISPLAY_NAME: "Test-Landeskonto",
        OIDC_AGS_CLAIM: "ags",
      },
    },
  ],
});
