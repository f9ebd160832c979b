import type { Browser, Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";

/** A member signed up and in, in a browser context of their own (German, Berlin time). */
export async function member(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, name);
  return page;
}

// Screenshots for review go next to the other test output (SCREENSHOTS=dir puts them elsewhere).
const shots = process.env.SCREENSHOTS ?? "test-results";

/** The page at 390 px and 1280 px, full length, for a person to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
