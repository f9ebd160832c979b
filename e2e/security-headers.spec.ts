import { expect, test } from "./fixtures";

const staticHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function expectPolicy(csp: string | undefined) {
  expect(csp).toBeDefined();
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
}

test.describe("security headers", () => {
  test("go out on pages, the API, calendar files, CSV downloads and static files", async ({ page, request }) => {
    await page.goto("/");
    const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
    const csv = await request.get("/meetups/no-such-meetup/participants.csv", { maxRedirects: 0 });
    for (const path of ["/", "/en/solutions", "/api/health", "/api/v1/solutions", "/meetups/calendar.ics", script!]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(400);
      expect(response.headers(), path).toMatchObject(staticHeaders);
      expect(response.headers()["permissions-policy"], path).toContain("camera=()");
      expectPolicy(response.headers()["content-security-policy"]);
    }
    expect(csv.headers()).toMatchObject(staticHeaders);
    expectPolicy(csv.headers()["content-security-policy"]);
    // Served over http here: no HSTS (it is sent only when the configured origin is https).
    expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
  });

  // Pages rendered for the request (here: the sign-in page and the search, which the public page
  // cache does not keep; every page of a signed-in member) carry a nonce of their own. A page from the
  // cache carries its scripts' hashes instead (e2e/page-cache.spec.ts).
  test("give every rendered page view its own script nonce, and Next.js' scripts carry it", async ({ page, request }) => {
    const nonceOf = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1];
    const first = nonceOf((await request.get("/signin")).headers()["content-security-policy"]!);
    const second = nonceOf((await request.get("/signin")).headers()["content-security-policy"]!);
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    const response = await page.goto("/search?q=Wohngeld");
    const nonce = nonceOf(response!.headers()["content-security-policy"]!);
    expect(response!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    const scripts = page.locator("script");
    expect(await scripts.count()).toBeGreaterThan(0);
    // The browser hides the attribute from the DOM once applied; the property keeps it.
    const nonces = await scripts.evaluateAll((elements) => elements.map((e) => (e as HTMLScriptElement).nonce));
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  });
});
