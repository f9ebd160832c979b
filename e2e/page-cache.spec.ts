import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

// The demo's annual meeting, whose online link only organisers and members with a seat see.
const STREAM = "example.org/demo/jahrestreffen-stream";

test.describe.configure({ timeout: 180_000 });

test.describe("public page cache", () => {
  test("what a signed-in member saw never reaches a visitor: sign in, view, sign out, view again", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    // The e2e server lists this address in ADMIN_EMAILS: an admin, who manages every meetup. Its name
    // is whatever the first test to sign it in gave it.
    await new SignInPage(page).signUp("e2e-organiser@kommunalnetz.test", `Zwischenspeicher ${runId}`);
    const name = (await page.getByRole("link", { name: /^Angemeldet als / }).first().textContent())!.replace(/^.*Angemeldet als\s*/, "").trim();
    expect(name.length).toBeGreaterThan(3);

    await page.goto("/meetups");
    const path = (await page.getByRole("link", { name: /Jahrestreffen OZG-Taskforce/ }).first().getAttribute("href"))!;
    // Signed in: rendered for this member, never from the cache and never cacheable downstream.
    const signedIn = await page.goto(path);
    expect(signedIn?.headers()["x-page-cache"]).toBeUndefined();
    expect(signedIn?.headers()["cache-control"]).toContain("no-store");
    expect(signedIn?.headers()["content-security-policy"]).toContain("'nonce-");
    await expect(page.locator(`a[href*="${STREAM}"]`).first()).toBeVisible();

    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();
    // The same address seconds later, signed out: a page from the cache (rendered for nobody).
    let signedOut = await page.goto(path);
    if (signedOut?.headers()["x-page-cache"] === "miss") signedOut = await page.goto(path);
    expect(signedOut?.headers()["x-page-cache"]).toBe("hit");
    const html = await signedOut!.text();
    for (const secret of [STREAM, name, "e2e-organiser@kommunalnetz.test"]) expect(html).not.toContain(secret);
    await expect(page.locator(`a[href*="${STREAM}"]`)).toHaveCount(0);

    // Its policy names the inline scripts by hash; no nonce is handed out twice.
    const policy = signedOut!.headers()["content-security-policy"]!;
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain("nonce");
    expect(html).not.toMatch(/<script[^>]*\snonce=/);
    expect(signedOut!.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

    // Under that policy the page still runs its scripts: the search box suggests as you type.
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.reload();
    await page.getByRole("combobox", { name: "Alles durchsuchen" }).fill("Hundest");
    await expect(page.getByRole("option", { name: /^Hundehaltung \(OZG-Leistung\)/ })).toBeVisible();
    expect(errors.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
    await expectAccessible(page);
    await context.close();
  });
});
