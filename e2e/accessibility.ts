import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import de from "../messages/de.json";

// A message missing from a client component's scope shows up as its key ("solutions.detail.edit").
const rawKey = new RegExp(`(?<![\\w./@-])(?:${Object.keys(de).join("|")})\\.[a-z][A-Za-z]*(?:\\.[A-Za-z]+)*`);

/** WCAG 2.1 A/AA (what BITV 2.0 requires): no serious or critical violation on the page, at its own width and at 390 px. */
export async function expectAccessible(page: Page) {
  // Next.js streams metadata, so after a client-side navigation or a server action's refresh the
  // <title> can be replaced a moment later: let the page settle before axe reads it.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await expect(page).toHaveTitle(/Kommunalnetz/);
  expect(await page.locator("body").innerText(), `untranslated message key on ${page.url()}`).not.toMatch(rawKey);
  expect(await severeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
  // Again as on a phone (390 px): the menu button, stacked layouts and table scroll regions. What
  // changes at that width is the layout of a kind of page, not of each record or form state: once per
  // kind of page and worker (an axe run costs about two seconds of the two CI cores).
  const size = page.viewportSize();
  const kind = pageKind(page.url());
  if (size && size.width > NARROW.width && !checkedNarrow.has(kind)) {
    checkedNarrow.add(kind);
    await page.setViewportSize(NARROW);
    try {
      expect(await severeViolations(page), `axe violations at 390 px on ${page.url()}`).toEqual([]);
    } finally {
      await page.setViewportSize(size);
    }
  }
}

const NARROW = { width: 390, height: 844 };
const checkedNarrow = new Set<string>();

/** The kind of page behind a URL: a path segment with a digit or of over 24 characters names a record (a slug, an id) and counts as any. */
function pageKind(url: string): string {
  return new URL(url).pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) || segment.length > 24 ? "*" : segment))
    .join("/");
}

async function severeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}
