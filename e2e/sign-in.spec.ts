import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

test.describe("sign-in", () => {
  test("rejects an invalid e-mail address with a message next to the field and keeps the input", async ({ page }) => {
    await page.goto("/signin");
    const email = page.getByLabel("E-Mail-Adresse");
    await email.fill("jana.keller@");
    await page.getByRole("button", { name: "Anmeldelink senden" }).click();
    // Once in the error summary (focused, linking to the field) and once next to the field.
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Eingaben" }) });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Bitte geben Sie eine gültige E-Mail-Adresse ein/ })).toBeVisible();
    await expect(page.locator("#email-error")).toContainText("Bitte geben Sie eine gültige E-Mail-Adresse ein");
    await expect(email).toHaveValue("jana.keller@");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("signs in through the outbox link, picks a municipality with a typo, and signs out", async ({ page }) => {
    const signIn = new SignInPage(page);
    const email = `e2e-${runId}@fellbach.de`;
    const name = `Erika Muster ${runId}`;
    await signIn.signUp(email, name);
    await expectAccessible(page);

    // The member now appears on their municipality's page.
    await page.goto("/municipalities/08119020");
    await expect(page.getByRole("main").getByText(name, { exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();
    await page.goto("/municipalities/08119020");
    await expect(page.getByRole("main").getByText(name, { exact: true })).toHaveCount(0);
    // Signed out, the names are gone and only the count remains (other tests add Fellbach members too).
    await expect(page.getByText(/^\d+ Mitglieder\. Melden Sie sich an, um zu sehen, wer es ist\.$/)).toBeVisible();
  });

  test("refuses a used sign-in link with a clear message", async ({ page }) => {
    const signIn = new SignInPage(page);
    const email = `e2e-reuse-${runId}@fellbach.de`;
    await signIn.requestLink(email);
    await signIn.openLinkFromOutbox(email);
    await page.context().clearCookies();
    await signIn.openLinkFromOutbox(email);
    await expect(page.getByRole("heading", { name: "Anmeldung nicht möglich" })).toBeVisible();
    await expectAccessible(page);
  });
});
