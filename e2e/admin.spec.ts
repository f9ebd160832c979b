import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

// Whole journeys with several members signing in take longer than a single page check.
test.describe.configure({ timeout: 180_000 });

test.describe("member administration", () => {
  test("an address from ADMIN_EMAILS becomes admin at sign-in and grants the organiser role", async ({ page, browser }) => {
    // A member who will be promoted.
    const other = await browser.newContext({ locale: "de-DE" });
    const memberPage = await other.newPage();
    const memberName = `Orga Kandidatin ${runId}`;
    await new SignInPage(memberPage).signUp(`orga-${runId}@waiblingen.de`, memberName);
    await other.close();

    await new SignInPage(page).signUp("e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await page.getByRole("link", { name: "Mitglieder verwalten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mitglieder verwalten" })).toBeVisible();
    await page.getByLabel("Name, E-Mail oder Kommune").fill(memberName);
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.getByLabel(`Rolle von ${memberName}`).selectOption("organiser");
    await page.getByRole("row", { name: new RegExp(memberName) }).getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("row", { name: new RegExp(memberName) }).getByText("Gespeichert.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(`Rolle von ${memberName}`)).toHaveValue("organiser");
    await expectAccessible(page);
  });

  test("hides the administration from members who are not admins", async ({ page }) => {
    await new SignInPage(page).signUp(`kein-admin-${runId}@fellbach.de`, `Kein Admin ${runId}`);
    const response = await page.goto("/admin/members");
    expect(response?.status()).toBe(404);
  });
});
