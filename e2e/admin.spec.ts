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
    await new SignInPage(memberPage).signUp(`orga-${runId}@example.de`, memberName);
    await other.close();

    await new SignInPage(page).signUp("e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await page.getByRole("link", { name: "Verwaltung", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Verwaltung" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("main").getByRole("link", { name: "Mitglieder verwalten" }).click();
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

  test("tells members who are not admins why they cannot manage members and whom to ask, without the list", async ({ page }) => {
    await new SignInPage(page).signUp(`kein-admin-${runId}@fellbach.de`, `Kein Admin ${runId}`);
    await page.goto("/admin/members");
    await expect(page.getByText("Die Mitgliederverwaltung ist der Administration vorbehalten.")).toBeVisible();
    await expect(page.getByText(/Wenden Sie sich an die Administration/i)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText("@demo.kommunalnetz.invalid")).toHaveCount(0);
    await expectAccessible(page);
  });
});
