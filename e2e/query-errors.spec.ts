import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

// The query-errors box (Next.js' route announcer is an alert too).
const queryErrors = (page: Page) => page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Eingaben" });

// Hand-edited or outdated links: the page answers with a translated message, never a 500.
test.describe("malformed query strings", () => {
  for (const path of ["/solutions", "/municipalities", "/services"]) {
    test(`${path}?q=%00 shows a translated message instead of failing`, async ({ page }) => {
      const response = await page.goto(`${path}?q=%00`);
      expect(response?.status()).toBe(200);
      await expect(queryErrors(page)).toContainText("Der Suchbegriff enthält Steuerzeichen");
      await expectAccessible(page);
    });
  }

  test("numbers beyond Postgres' integer range are reported, not a 500", async ({ page }) => {
    const response = await page.goto("/solutions?themenfeld=99999999999&service=99999999999&page=99999999999");
    expect(response?.status()).toBe(200);
    await expect(queryErrors(page)).toContainText("Unbekanntes Themenfeld");
    await expect(queryErrors(page)).toContainText("Die Seitenzahl muss eine ganze Zahl von 1 bis 100.000 sein.");
    const meetups = await page.goto("/meetups?themenfeld=2147483648");
    expect(meetups?.status()).toBe(200);
  });

  test("a page beyond the last one says where the results end and links there", async ({ page }) => {
    await page.goto("/municipalities?page=100000");
    await expect(page.getByText("Seite 100000 gibt es nicht: die Ergebnisse reichen bis Seite 539.")).toBeVisible();
    await expect(page.getByText("Keine Kommune passt")).toHaveCount(0);
    await expect(page.getByText("Seite 100000 von")).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zur letzten Seite (539)" }).click();
    await expect(page).toHaveURL(/page=539/);
    await expect(page.getByText("Seite 539 von 539")).toBeVisible();
  });
});
