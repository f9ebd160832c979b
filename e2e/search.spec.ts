import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { runId, SignInPage } from "./pages/sign-in-page";

const FELLBACH = "08119020";

test.describe("one search box for everything", () => {
  test("suggests as you type: arrow keys choose a suggestion, Enter opens it, Escape closes the list", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Alles durchsuchen" });
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.fill("Hundest");
    // A LeiKa name leads to its OZG service.
    await expect(page.getByRole("option", { name: /^Hundehaltung \(OZG-Leistung\)/ })).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");

    await box.fill("Fellb");
    const town = page.getByRole("option", { name: "Fellbach (Kommune)" });
    await expect(town).toBeVisible();
    await expect(box).not.toHaveAttribute("aria-activedescendant", /.+/);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/search-combobox-1280.png" });
    // The axe pass at 390 px hides the header box (it lives in the menu there) and the list closes
    // with the focus: type again.
    await box.fill("");
    await box.fill("Fellb");
    await expect(town).toBeVisible();
    // Move down to Fellbach (services come first, if any match).
    for (let i = 0; i < 8 && (await town.getAttribute("aria-selected")) !== "true"; i++) await box.press("ArrowDown");
    await expect(town).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await town.getAttribute("id"))!);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/municipalities/${FELLBACH}$`));
  });

  test("Enter on the typed text searches everything, grouped, each group linking to its full list", async ({ page }) => {
    await page.goto("/services");
    const box = page.getByRole("combobox", { name: "Alles durchsuchen" });
    await box.fill("Wohngeld");
    await expect(page.getByRole("option").first()).toBeVisible();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Wohngeld$/);
    await expect(page.getByRole("heading", { level: 1, name: "Suche" })).toBeVisible();
    for (const group of ["Umsetzungsbeispiele", "OZG-Leistungen", "Kommunen", "Veranstaltungen (kommende)"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${group.replace(/[()]/g, "\\$&")} \\(`) })).toBeVisible();
    }
    const solutions = page.getByRole("region", { name: /^Umsetzungsbeispiele/ });
    const all = solutions.getByRole("link", { name: /in Umsetzungsbeispiele anzeigen$/ });
    await expect(all).toHaveAttribute("href", "/solutions?q=Wohngeld");
    await expect(page.getByRole("region", { name: /^OZG-Leistungen/ }).getByRole("link", { name: "Wohngeld", exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/search-page-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/search-page-390.png", fullPage: true });
    await page.getByRole("combobox", { name: "Alles durchsuchen" }).first().fill("Fellb");
    await expect(page.getByRole("option", { name: "Fellbach (Kommune)" })).toBeVisible();
    await page.screenshot({ path: "test-results/search-combobox-390.png" });
    await page.setViewportSize({ width: 1280, height: 800 });
    await all.click();
    await expect(page).toHaveURL(/\/solutions\?q=Wohngeld$/);
    await expect(page.getByLabel("Suche", { exact: true })).toHaveValue("Wohngeld");
  });

  test("finds comments: the group on /search marks the word, links to the comment and to its full list", async ({ page, browser }) => {
    const word = `Fristverlängerung${runId}`;
    await new SignInPage(page).signUp(`kommentarsuche-${runId}@fellbach.de`, `Kommentarsuche ${runId}`);
    await page.goto("/solutions");
    const href = (await page.locator('main a[href^="/solutions/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).find(
      (h) => /^\/solutions\/[a-z0-9-]+$/.test(h) && h !== "/solutions/new",
    )!;
    await page.goto(`${href}#discussion`);
    await page.getByLabel("Ihr Beitrag").fill(`Wir haben die **${word}** mit dem Fachamt abgestimmt, das ging schneller als gedacht.`);
    await page.getByRole("button", { name: "Beitrag veröffentlichen" }).click();
    await expect(page.locator("article.comment").filter({ hasText: word })).toBeVisible();

    // Someone who is not signed in finds it.
    const context = await browser.newContext({ locale: "de-DE" });
    const visitor = await context.newPage();
    await visitor.goto(`/search?q=${encodeURIComponent(word)}`);
    const group = visitor.getByRole("region", { name: /^Beiträge \(1 Treffer\)/ });
    const hit = group.getByRole("link", { name: /die Fristverlängerung.* mit dem Fachamt/ });
    await expect(hit).toBeVisible();
    await expect(hit.locator("mark")).toHaveText(word);
    await expect(group.getByText(new RegExp(`Kommentarsuche ${runId} zu „`))).toBeVisible();
    await expectAccessible(visitor);
    await visitor.screenshot({ path: "test-results/search-comments-group-1280.png", fullPage: true });
    await group.getByRole("link", { name: "Den Treffer in Beiträge anzeigen" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/search/comments\\?q=${encodeURIComponent(word)}$`));
    await expect(visitor.getByRole("status")).toHaveText("1 Beitrag gefunden.");
    await expect(visitor.getByRole("searchbox", { name: "Beiträge in den Diskussionen" })).toHaveValue(word);
    await expectAccessible(visitor);
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.screenshot({ path: "test-results/search-comments-390.png", fullPage: true });
    await visitor.getByRole("main").getByRole("link", { name: /die Fristverlängerung/ }).click();
    await expect(visitor).toHaveURL(new RegExp(`${href}#comment-[0-9a-f-]+$`));
    await expect(visitor.locator("article.comment").filter({ hasText: word })).toBeInViewport();
    await context.close();
  });

  test("works without JavaScript: the header box submits to /search", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/about");
    await page.getByRole("combobox", { name: "Alles durchsuchen" }).fill("Hundesteuer");
    await page.getByRole("button", { name: "Suche starten" }).click();
    await expect(page).toHaveURL(/\/search\?q=Hundesteuer$/);
    const services = page.getByRole("region", { name: /^OZG-Leistungen/ });
    await expect(services.getByRole("link", { name: "Hundehaltung" })).toBeVisible();
    await expect(services.getByRole("link", { name: /in OZG-Leistungen anzeigen$/ })).toHaveAttribute("href", "/services?q=Hundesteuer");
    await context.close();
  });

  test("a search that finds nothing is counted for admins on /admin/search, without who searched", async ({ page, browser }) => {
    // Two visitors search for a word nobody wrote about (not signed in: the count never knows who).
    const word = `quarkwort${runId.replace(/[^a-z]/gi, "").toLowerCase()}`;
    const visitor = await browser.newPage();
    await visitor.goto(`/search?q=${word}`);
    await expect(visitor.getByText(/Nichts gefunden|keine Treffer/i).first()).toBeVisible();
    await visitor.goto(`/solutions?q=${word.toUpperCase()}`);
    await visitor.close();

    await new SignInPage(page).signUp("e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await page.goto("/admin");
    await page.getByRole("main").getByRole("link", { name: "Auswertung öffnen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Suchen ohne Ergebnis" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(word) });
    // Query (row header), then count, days, last seen: the same words twice on one day.
    await expect(row.getByRole("cell").first()).toHaveText("2");
    await expect(row.getByRole("cell").nth(1)).toHaveText("1");
    await expectAccessible(page);
    await row.getByRole("link", { name: word }).click();
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  });
});
