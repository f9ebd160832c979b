import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

const NAV = ["Startseite", "Umsetzungsbeispiele", "Netzwerktreffen", "Kommunen", "OZG-Leistungen", "Über"];

/** Presses Tab until the element has the focus, as a keyboard user would get there. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("never reached by Tab");
}

/** The focus indicator as the browser draws it: an outline of at least 2 px, or a box shadow. */
async function focusRing(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(":focus-visible"),
      visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
    };
  });
}

test.describe("navigation", () => {
  test("shows a visible focus ring on the logo and every main navigation link", async ({ page }) => {
    await page.goto("/solutions");
    const banner = page.getByRole("banner");
    const targets = [banner.getByRole("link", { name: /^Kommunalnetz/ }), ...NAV.map((name) => page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name, exact: true }))];
    for (const target of targets) {
      await tabTo(page, target);
      expect(await focusRing(target), `focus ring on ${await target.innerText()}`).toEqual({ focusVisible: true, visible: true });
    }
  });

  test("puts the navigation behind a menu button at 390 px that works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/");
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThan(140);
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(nav).toBeHidden();
    // <summary> has no ARIA role of its own; it is the disclosure button.
    await page.locator("summary", { hasText: "Menü" }).click();
    await expect(nav.getByRole("link", { name: "Kommunen", exact: true })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();
    await nav.getByRole("link", { name: "Kommunen", exact: true }).click();
    await expect(page).toHaveURL(/\/municipalities$/);
    await context.close();
  });

  test("keeps pages with wide tables and long words inside 390 px", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/municipalities", "/services/10160", "/about/data", "/meetups"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
      expect(await page.getByRole("heading", { level: 1 }).evaluate((el) => getComputedStyle(el).hyphens)).toBe("auto");
      // No sideways scrolling of the whole page: a wide table scrolls inside its own region.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width of ${path}`).toBeLessThanOrEqual(390);
      await expectAccessible(page);
    }
    await page.goto("/municipalities");
    const region = page.getByRole("region", { name: "Gefundene Kommunen" });
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
