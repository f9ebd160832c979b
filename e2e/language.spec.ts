import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe("language switch", () => {
  test("switches a page to English and back, keeping the search", async ({ page }) => {
    await page.goto("/municipalities?q=Fellbach");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/en\/municipalities\?q=Fellbach/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Municipal directory");
    await expectAccessible(page);
    await page.goto("/en/about/data");
    await expect(page.getByText("Source: Federal Statistical Office (Destatis)")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Auf Deutsch wechseln" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/about\/data$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("shows the about page and the data sources in German", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1, name: "Über Kommunalnetz" })).toBeVisible();
    await expectAccessible(page);
  });
});
