import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

async function signedUp(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, name);
  return page;
}

const badge = (page: Page) => page.getByRole("banner").getByRole("link", { name: /Benachrichtigung/ }).first();

test.describe.configure({ timeout: 180_000 });

test.describe("Benachrichtigungen", () => {
  test("sends a signed-out visitor to sign-in with the way back", async ({ page }) => {
    await page.goto("/notifications");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnotifications$/);
  });

  test("a member who follows a Themenfeld hears of a new solution there, sees the count in the header and marks it read", async ({ browser }) => {
    const follower = await signedUp(browser, `e2e-notify-b-${runId}@fellbach.de`, `Berta Folgt ${runId}`);
    await expect(badge(follower)).toHaveAccessibleName("Benachrichtigungen");
    await follower.goto("/notifications");
    await expect(follower.getByText("Noch keine Benachrichtigungen.")).toBeVisible();

    // A Themenfeld no other test publishes in (they use "Hundehaltung"), so the counts below are ours alone.
    await follower.goto("/services?themenfeld=2");
    const follow = follower.getByRole("button", { name: "Folgen – Themenfeld Bauen & Wohnen" });
    await follow.click();
    await expect(follow).toHaveAttribute("aria-pressed", "true");

    const authorName = `Anton Autor ${runId}`;
    const author = await signedUp(browser, `e2e-notify-a-${runId}@fellbach.de`, authorName);
    const title = `Wohnungsbauprämie online ${runId}`;
    await author.goto("/solutions/new");
    const form = new SolutionFormPage(author);
    await form.fillBasics({ title, summary: "Antrag auf Wohnungsbauprämie vollständig online.", body: "## Umsetzung\n\nOnline.", service: "Wohnungsbauprämie" });
    await author.getByLabel("Umsetzungsstand").selectOption("live");
    await author.getByLabel("OZG-Reifegrad").selectOption("3");
    await author.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The background job creates the notification within seconds.
    const item = follower.getByRole("link", { name: `Neues Umsetzungsbeispiel von ${authorName}: »${title}«` });
    await expect(async () => {
      await follower.goto("/notifications");
      await expect(item).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(badge(follower)).toHaveAccessibleName("1 ungelesene Benachrichtigung");
    await expect(follower.getByRole("heading", { name: "1 ungelesene Benachrichtigung" })).toBeVisible();
    await expect(follower.getByRole("listitem").filter({ has: item })).toContainText("Ungelesen");
    await expectAccessible(follower);
    for (const width of [390, 1280]) {
      await follower.setViewportSize({ width, height: 900 });
      await follower.screenshot({ path: `test-results/notifications-${width}.png`, fullPage: true });
    }
    await follower.setViewportSize({ width: 1280, height: 900 });

    await follower.getByRole("button", { name: `Als gelesen markieren – Neues Umsetzungsbeispiel von ${authorName}: »${title}«` }).click();
    await expect(follower.getByRole("status").filter({ hasText: "Als gelesen markiert." })).toBeVisible();
    await expect(follower.getByRole("heading", { name: "Alles gelesen." })).toBeVisible();
    await expect(badge(follower)).toHaveAccessibleName("Benachrichtigungen");
    await expect(follower.getByRole("listitem").filter({ has: item })).not.toContainText("Ungelesen");

    // The link leads to the solution.
    await item.click();
    await expect(follower.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});
