import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect };

// Chromium reports every blocked script, style, frame or form target in the console
// ("Refused to execute inline script because it violates the following Content Security Policy directive…").
const CSP_VIOLATION = /Content[- ]Security[- ]Policy/i;

/**
 * Every spec imports `test` from here: the suite runs against the production build with its real
 * Content-Security-Policy, and a test fails when the browser reports a violation on any page it
 * opened, including pages of contexts the test created itself (a second member, an organiser).
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    // (`use` is Playwright's, not React's hook.)
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = (ctx: BrowserContext) =>
        ctx.on("console", (message) => {
          if (CSP_VIOLATION.test(message.text())) violations.push(`${message.location().url || message.page()?.url()}: ${message.text()}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        watch(created);
        return created;
      };
      await use();
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
