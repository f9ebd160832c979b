import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import de from "../messages/de.json";

// A message missing from a client component's scope shows up as its key ("solutions.detail.edit").
const rawKey = new RegExp(`(?<![\\w./@-])(?:${Object.keys(de).join("|")})\\.[a-z][A-Za-z]*(?:\\.[A-Za-z]+)*`);

/** WCAG 2.1 A/AA (what BITV 2.0 requires): no serious or critical violation on the page. */
export async function expectAccessible(page: Page) {
  // Next.js streams metadata, so after a client-side navigation the <title> can arrive a moment later.
  await expect(page).toHaveTitle(/Kommunalnetz/);
  expect(await page.locator("body").innerText(), `untranslated message key on ${page.url()}`).not.toMatch(rawKey);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const severe = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  expect(severe, `axe violations on ${page.url()}`).toEqual([]);
}
