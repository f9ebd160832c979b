import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe("OZG catalogue", () => {
  test("opens a service from the catalogue with its LeiKa services", async ({ page }) => {
    await page.goto("/services");
    await expect(page.getByText("557 Leistungen gefunden")).toBeVisible();
    await expectAccessible(page);
    await page.getByText("Bauen & Wohnen (58 Leistungen)").click();
    await page.getByRole("link", { name: "Abfallentsorgung", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Abfallentsorgung" })).toBeVisible();
    await expect(page.getByText("Wohnen & Umzug")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Abfallgebühr", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("finds a service by a LeiKa name", async ({ page }) => {
    await page.goto("/services?q=Hundesteuer");
    await expect(page.getByRole("link", { name: "Hundehaltung" })).toBeVisible();
    await expectAccessible(page);
  });
});
