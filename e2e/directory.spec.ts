import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe("municipality directory", () => {
  test("finds Fellbach with a typo and shows its details", async ({ page }) => {
    await page.goto("/");
    await expectAccessible(page);
    await page.getByLabel("Kommune oder OZG-Leistung suchen").fill("Felbach");
    await page.getByRole("button", { name: "Kommunen suchen" }).click();
    await expect(page).toHaveURL(/\/municipalities\?q=Felbach/);
    await expectAccessible(page);
    const firstRow = page.getByRole("row").nth(1);
    await expect(firstRow).toContainText("Fellbach, Stadt");
    await firstRow.getByRole("link", { name: "Fellbach, Stadt" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fellbach, Stadt" })).toBeVisible();
    await expect(page.getByText("Rems-Murr-Kreis (Landkreis)")).toBeVisible();
    await expect(page.getByText("45.896")).toBeVisible();
    await expectAccessible(page);
  });

  test("filters by state and district through the URL", async ({ page }) => {
    await page.goto("/municipalities");
    await page.getByLabel("Land").selectOption({ label: "Baden-Württemberg" });
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page.getByText("1.101 Kommunen gefunden")).toBeVisible();
    await page.getByLabel("Kreis").selectOption({ label: "Rems-Murr-Kreis (Landkreis)" });
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/state=08.*district=08119/);
    await expect(page.getByText("31 Kommunen gefunden")).toBeVisible();
    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page.getByText("Seite 2 von 2")).toBeVisible();
    await expectAccessible(page);
  });

  test("answers an unknown AGS with a 404 page", async ({ page }) => {
    const response = await page.goto("/municipalities/99999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    await expectAccessible(page);
  });

  test("explains a malformed query parameter and still lists results", async ({ page }) => {
    await page.goto("/municipalities?pageSize=abc&q=Fellbach");
    await expect(page.getByText("Die Seitengröße muss zwischen 1 und 100 liegen.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Fellbach, Stadt" })).toBeVisible();
    await expectAccessible(page);
  });
});
