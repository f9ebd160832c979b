import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { member, screenshots } from "./members";

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

  test("tells members who neither moderate nor administer why they cannot manage members and whom to ask, without the list", async ({ page }) => {
    await new SignInPage(page).signUp(`kein-admin-${runId}@fellbach.de`, `Kein Admin ${runId}`);
    await page.goto("/admin/members");
    await expect(page.getByText("Die Mitgliederverwaltung ist Moderation und Administration vorbehalten.")).toBeVisible();
    await expect(page.getByText(/Wenden Sie sich an die Administration/i)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText("@demo.kommunalnetz.invalid")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a moderator finds members by status and suspends one, and reads the roles instead of changing them", async ({ browser }) => {
    const moderatorName = `Moderatorin Liste ${runId}`;
    const targetName = `Wartende Person ${runId}`;
    const moderator = await member(browser, `moderatorin-liste-${runId}@fellbach.de`, moderatorName);
    await member(browser, `wartend-liste-${runId}@example.de`, targetName);
    const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await admin.goto(`/admin/members?q=${encodeURIComponent(moderatorName)}`);
    await admin.getByLabel(`Rolle von ${moderatorName}`).selectOption("moderator");
    await admin.getByRole("row", { name: new RegExp(moderatorName) }).getByRole("button", { name: "Speichern" }).click();
    await expect(admin.getByRole("row", { name: new RegExp(moderatorName) }).getByText("Gespeichert.")).toBeVisible();

    await moderator.goto("/admin");
    await moderator.getByRole("main").getByRole("link", { name: "Mitglieder verwalten" }).click();
    await expect(moderator.getByText("Mitglieder suchen und sperren. Rollen vergibt die Administration.")).toBeVisible();
    await moderator.getByLabel("Name, E-Mail oder Kommune").fill(targetName);
    await moderator.getByLabel("Status", { exact: true }).selectOption("pending");
    await moderator.getByRole("button", { name: "Suchen" }).click();
    await expect(moderator).toHaveURL(/status=pending/);
    const row = moderator.getByRole("row", { name: new RegExp(targetName) });
    await expect(row.getByText("wartet auf Freigabe")).toBeVisible();
    await expect(row.getByText("Mitglied", { exact: true })).toBeVisible();
    await expect(moderator.getByLabel(`Rolle von ${targetName}`)).toHaveCount(0);
    await expectAccessible(moderator);
    await screenshots(moderator, "admin-members-moderator");

    // Suspended from the list filtered to "pending": the row leaves the list, the result stands
    // above it, and the filters stay.
    await row.locator("summary", { hasText: "Sperren" }).click();
    await row.getByLabel("Begründung (für das Protokoll)").fill("Fremde Werbung in mehreren Kommentaren.");
    await row.getByRole("button", { name: "Mitglied sperren" }).click();
    await expect(moderator.getByRole("status").filter({ hasText: "Das Mitglied ist gesperrt und abgemeldet." })).toBeVisible();
    await expect(moderator).toHaveURL(/status=pending/);
    await expect(moderator).toHaveURL(/saved=suspended/);
    await expect(row).toHaveCount(0);
    await moderator.getByLabel("Status", { exact: true }).selectOption("suspended");
    await moderator.getByRole("button", { name: "Suchen" }).click();
    await expect(row.getByText("gesperrt", { exact: true })).toBeVisible();
    await expect(moderator.getByRole("status").filter({ hasText: "Das Mitglied ist gesperrt" })).toHaveCount(0);

    // A malformed filter is a message, and the list stays.
    await moderator.goto("/admin/members?status=geloescht");
    await expect(moderator.getByText("Unbekannter Status (erlaubt: pending, verified, suspended).").first()).toBeVisible();
    await expect(moderator.getByRole("table")).toBeVisible();
  });
});
