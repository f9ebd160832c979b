import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect };

// Chromium reports every blocked script, style, frame or form target in the console
// ("Refused to execute inline script because it violates the following Content Security Policy directive…").
const CSP_VIOLATION = /Content[- ]Security[- ]Policy/i;

/**
 * Every spec imports `test` from here: the suite runs against the production build with its real
 * Content-Security-Policy, and a test fails when the browser reports a violation on any page it
 * opened, including pages of contexts the test created itself (a second member, an organiser);
 * those contexts are closed when the test ends.
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
      const created: BrowserContext[] = [];
      browser.newContext = async (options) => {
        const context = await newContext(options);
        watch(context);
        created.push(context);
        return context;
      };
      await use();
      browser.newContext = newContext;
      // Playwright closes only the context it made; the members' contexts would stay open in the
      // worker's browser for the rest of the run, each page keeping its memory and its timers.
      await Promise.all(created.map((context) => context.close().catch(() => undefined)));
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
