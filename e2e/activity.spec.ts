import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";

test.describe("activity", () => {
  test("the page lists what happened, newest first, filters by state and Themenfeld, and offers the Atom feed", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Aktivität" }).click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aktivität im Netzwerk" })).toBeVisible();
    // The seeded demo solutions and meetups are published: they are the network's activity.
    const entries = page.locator("main ol > li");
    await expect(entries.filter({ hasText: "Netzwerktreffen" }).first()).toBeVisible();
    const times = await entries.locator("time").evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute("datetime")!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/activity\.atom$/);
    await expectAccessible(page);

    await page.getByLabel("Bundesland").selectOption({ label: "Baden-Württemberg" });
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/state=08/);
    await expect(page.getByLabel("Bundesland")).toHaveValue("08");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/activity\.atom\?state=08$/);
    await expect(page.getByRole("link", { name: "Als Atom-Feed abonnieren" })).toHaveAttribute("href", "/activity.atom?state=08");

    // The demo meetups were published at seeding time, the demo solutions earlier: page on to them.
    const solutions = entries.filter({ hasText: "Neues Umsetzungsbeispiel" });
    for (let next = 2; (await solutions.count()) === 0 && next <= 6; next++) {
      await page.getByRole("link", { name: "Nächste Seite" }).first().click();
      await expect(page).toHaveURL(new RegExp(`page=${next}`));
    }
    await expect(page).toHaveURL(/state=08/);
    // Opening an entry leads to the solution.
    const first = solutions.first().getByRole("link");
    const title = (await first.innerText()).match(/„(.+)“/)?.[1];
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  });

  test("bad filter values are reported and ignored; the English page works too", async ({ page }) => {
    const response = await page.goto("/activity?state=9&themenfeld=abc");
    expect(response?.status()).toBe(200);
    const alert = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Eingaben" });
    await expect(alert).toContainText("Unbekanntes Land.");
    await expect(alert).toContainText("Unbekanntes Themenfeld.");
    await expect(page.locator("main ol > li").first()).toBeVisible();
    await expectAccessible(page);
    await page.goto("/en/activity");
    await expect(page.getByRole("heading", { level: 1, name: "Activity in the network" })).toBeVisible();
  });

  test("the Atom feed is served with absolute links and the page's filters", async ({ request, baseURL }) => {
    const response = await request.get("/activity.atom?state=08");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<id>${baseURL}/activity.atom?state=08</id>`);
    expect(xml).toMatch(/<entry>[\s\S]*<link href="http:\/\/127\.0\.0\.1:\d+\/solutions\/[^"]+"\/>[\s\S]*<\/entry>/);
    expect((await request.get("/activity.atom?state=9")).status()).toBe(400);
  });
});
