import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { runId } from "./pages/sign-in-page";

// Run with its own config (the server needs the OIDC_* settings at its start):
//   E2E_PORT=3104 npx playwright test -c playwright.oidc.config.ts
// The test issuer (scripts/e2e-oidc-issuer.mjs) asks only for "<e-mail>|<email_verified>|<AGS>".

async function signInAtIssuer(page: import("@playwright/test").Page, login: string) {
  await page.getByRole("button", { name: "Anmelden mit Test-Landeskonto" }).click();
  await expect(page.getByRole("heading", { name: "Test-Identitätsanbieter" })).toBeVisible();
  await page.getByLabel("Kennung").fill(login);
  await page.getByRole("button", { name: "Weiter" }).click();
}

test.describe("single sign-on with OpenID Connect", () => {
  test("offers the identity provider beside the e-mail link, at 1280 and 390 px", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Mit Ihrem Dienstkonto" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Anmeldelink senden" })).toBeVisible();
    await expectAccessible(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`oidc-signin-${width}.png`), fullPage: true });
    }
  });

  test("signs a member in with a verified address, makes them a member of the AGS' municipality and returns to the page they came from", async ({ page }) => {
    const email = `sso-${runId}@kreis.example`;
    await page.goto("/signin?callbackUrl=%2Fsolutions");
    await signInAtIssuer(page, `${email}|true|08119020`);
    await expect(page).toHaveURL(/\/solutions$/);
    await expect(page.getByRole("link", { name: `Angemeldet als sso-${runId}` })).toBeVisible();
    // Verified at once: the profile shows the municipality from the claim as confirmed (fixed).
    await page.goto("/onboarding");
    await expect(page.getByRole("main").getByText("Fellbach", { exact: true })).toBeVisible();
    await expect(page.getByText(/^Bestätigt\./)).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
  });

  test("refuses an address the identity provider has not verified, with a message on the error page", async ({ page }) => {
    await page.goto("/signin");
    await signInAtIssuer(page, `sso-unverified-${runId}@kreis.example|false|`);
    await expect(page).toHaveURL(/\/signin\/error\?error=OidcEmailUnverified$/);
    // (Next.js' route announcer is an alert too.)
    await expect(page.getByRole("alert").filter({ hasText: "Test-Landeskonto hat uns keine bestätigte E-Mail-Adresse übermittelt" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Angemeldet als/ })).toHaveCount(0);
    await expectAccessible(page);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`oidc-error-${width}.png`), fullPage: true });
    }
  });
});
