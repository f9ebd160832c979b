import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

// Seeded demo member (db/seed/demo-members.ts) and a demo solution written by someone else.
const MEHMET = "mehmet.yilmaz@demo.kommunalnetz.invalid";
const SOLUTION = "Online-Fundbüro mit Verlustmeldung und Suchfunktion in Münster";

async function signedIn(browser: Browser, email: string, name = ""): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, name);
  return page;
}

const followsSection = (page: Page) => page.getByRole("region", { name: "Ich folge" });

test.describe.configure({ timeout: 180_000 });

test.describe("Follows and Hilfreich", () => {
  test("follows a Themenfeld and a solution, sees them on /me, unfollows; marks the solution helpful and finds it first in the catalogue", async ({ browser }) => {
    const page = await signedIn(browser, MEHMET);

    // A Themenfeld: on /services, inside its group.
    await page.goto("/services");
    const group = page.locator("details.kern-accordion").first();
    const themenfeld = (await group.locator("summary .kern-title").innerText()).replace(/\s*\(.*\)\s*$/, "").trim();
    await group.locator("summary").click();
    const followThemenfeld = group.getByRole("button", { name: `Folgen – Themenfeld ${themenfeld}` });
    await expect(followThemenfeld).toHaveAttribute("aria-pressed", "false");
    await followThemenfeld.click();
    await expect(followThemenfeld).toHaveAttribute("aria-pressed", "true");
    await expect(group.getByText(`Sie folgen jetzt „Themenfeld ${themenfeld}“.`)).toBeAttached();

    // The solution: follow it and mark it helpful, in its header.
    await page.goto(`/solutions?q=${encodeURIComponent("Fundbüro Verlustmeldung")}`);
    await page.getByRole("link", { name: SOLUTION }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: SOLUTION })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const header = page.locator("article > header");
    const follow = header.getByRole("button", { name: `Folgen – ${SOLUTION}` });
    await expect(follow).toHaveAttribute("aria-pressed", "false");
    await follow.click();
    await expect(follow).toHaveAttribute("aria-pressed", "true");
    // Saved (the status line says so), not only shown while saving.
    await expect(header.getByText(`Sie folgen jetzt „${SOLUTION}“.`)).toBeAttached();
    const helpful = header.getByRole("button", { name: /^Hilfreich/ });
    await expect(helpful).toHaveAttribute("aria-pressed", "false");
    const before = Number((await helpful.innerText()).match(/\d+/)?.[0] ?? "0");
    await helpful.click();
    await expect(helpful).toHaveAttribute("aria-pressed", "true");
    await expect(helpful).toHaveAccessibleName(`Hilfreich (${before + 1} ${before + 1 === 1 ? "Stimme" : "Stimmen"})`);
    // Still so after a reload: it was saved, not only shown.
    await page.reload();
    await expect(helpful).toHaveAttribute("aria-pressed", "true");
    await expect(helpful).toContainText(String(before + 1));
    await expectAccessible(page);
    // The header with both buttons, as on a phone and on a desktop (kept with the test's output).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await header.screenshot({ path: test.info().outputPath(`solution-header-${width}.png`) });
    }

    // The catalogue sorted by "Hilfreichste zuerst": it is on the first page with its votes, and the
    // counts never rise down the page (other spec files, running alongside, vote for other solutions).
    await page.goto("/solutions");
    await page.getByLabel("Sortierung").selectOption("helpful");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/sort=helpful/);
    const articles = page.locator("article");
    await expect(articles.filter({ has: page.getByRole("link", { name: SOLUTION }) })).toContainText(`${before + 1} × hilfreich`);
    const counts = (await articles.allInnerTexts()).map((text) => Number(/(\d+) × hilfreich/.exec(text)?.[1] ?? "0"));
    expect(counts[0]).toBeGreaterThanOrEqual(before + 1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    // /me lists both, and unfollowing takes them out.
    await page.goto("/me");
    const mine = followsSection(page);
    await expect(mine.getByRole("link", { name: SOLUTION })).toBeVisible();
    await expect(mine.getByRole("link", { name: themenfeld })).toBeVisible();
    await expectAccessible(page);
    await mine.getByRole("button", { name: `Nicht mehr folgen – ${SOLUTION}` }).click();
    await expect(mine.getByRole("link", { name: SOLUTION })).toHaveCount(0);
    await mine.getByRole("button", { name: `Nicht mehr folgen – ${themenfeld}` }).click();
    await expect(mine.getByRole("link", { name: themenfeld })).toHaveCount(0);

    // The solution page agrees; taking "Hilfreich" back returns the count.
    await page.goto("/solutions?sort=helpful");
    await page.getByRole("link", { name: SOLUTION }).first().click();
    await expect(header.getByRole("button", { name: `Folgen – ${SOLUTION}` })).toHaveAttribute("aria-pressed", "false");
    await helpful.click();
    await expect(helpful).toHaveAttribute("aria-pressed", "false");
    await expect(helpful).toContainText(String(before));
  });

  test("follows a municipality without JavaScript", async ({ browser }) => {
    // A member of its own: a seeded address shared with other specs can have its sign-in link
    // replaced by a parallel worker's request (a new link replaces the older ones).
    const page = await signedIn(browser, `folgen-ohne-js-${runId}@fellbach.de`, `Folgen ohne JS ${runId}`);
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin", javaScriptEnabled: false, storageState: await page.context().storageState() });
    const noJs = await context.newPage();
    await noJs.goto("/municipalities/05515000");
    const follow = noJs.getByRole("button", { name: /^Folgen – Münster/ });
    await expect(follow).toHaveAttribute("aria-pressed", "false");
    await follow.click();
    await expect(noJs.getByRole("button", { name: /^Folgen – Münster/ })).toHaveAttribute("aria-pressed", "true");
    await noJs.goto("/me");
    await expect(followsSection(noJs).getByRole("link", { name: "Münster", exact: true })).toBeVisible();
  });
});
