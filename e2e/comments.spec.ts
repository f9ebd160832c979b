import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

async function member(browser: Browser, label: string): Promise<{ page: Page; email: string; name: string }> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const email = `${label}-${runId}@fellbach.de`;
  const name = `${label} ${runId}`;
  await new SignInPage(page).signUp(email, name);
  return { page, email, name };
}

/** The first published solution of the catalogue (the demo data). */
async function firstSolution(page: Page): Promise<string> {
  await page.goto("/solutions");
  const hrefs = await page.locator('main a[href^="/solutions/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => /^\/solutions\/[a-z0-9-]+$/.test(h) && h !== "/solutions/new");
  expect(href).toBeTruthy();
  return href!;
}

const comment = (page: Page, text: string) => page.locator("article.comment").filter({ hasText: text });

test.describe.configure({ timeout: 240_000 });

test("comments: post, reply, edit, delete with replies, permalink, failed submit, draft after reload and after the session expired", async ({ browser }) => {
  const anna = await member(browser, "anna");
  const bernd = await member(browser, "bernd");
  const path = await firstSolution(anna.page);
  const { page } = anna;

  // A failed submit keeps the text, with the message next to the field.
  await page.goto(`${path}#discussion`);
  const field = page.getByLabel("Ihr Beitrag");
  await field.fill("x".repeat(20_001));
  await page.getByRole("button", { name: "Beitrag veröffentlichen" }).click();
  await expect(page.getByText("Der Text ist zu lang: höchstens 20.000 Zeichen.")).toBeVisible();
  await expect(field).toHaveValue("x".repeat(20_001));

  // Post, with a question and a mention chosen by keyboard.
  const first = `Wie haben Sie den Datenschutz eingebunden? ${runId}`;
  await field.fill(`${first} Frage an `);
  await field.press("End");
  await field.pressSequentially("@bernd");
  await expect(page.getByRole("option", { name: new RegExp(bernd.name) })).toBeVisible();
  await field.press("ArrowDown");
  await field.press("Enter");
  await expect(field).toHaveValue(new RegExp(`@\\[${bernd.name}\\]\\(/members/`));
  await page.getByLabel("Als Frage an die Umsetzenden stellen").check();
  await page.getByRole("button", { name: "Beitrag veröffentlichen" }).click();
  await expect(comment(page, first)).toBeVisible();
  await expect(comment(page, first).getByRole("link", { name: bernd.name })).toBeVisible();
  await expect(comment(page, first).getByText("Offene Frage")).toBeVisible();
  await expect(field).toHaveValue("");
  // The new comment is the URL's target, highlighted by CSS.
  expect(new URL(page.url()).hash).toMatch(/^#comment-/);
  const permalink = page.url();
  await expectAccessible(page);

  // Bernd replies; a draft survives a reload.
  const reply = `Über eine Vorabkontrolle mit dem DSB ${runId}`;
  await bernd.page.goto(`${path}#discussion`);
  const thread = bernd.page.locator("li").filter({ has: comment(bernd.page, first) }).first();
  await thread.getByText("Antworten", { exact: true }).click();
  await thread.getByLabel("Ihre Antwort").fill(reply);
  await bernd.page.waitForTimeout(300);
  await bernd.page.reload();
  await thread.getByText("Antworten", { exact: true }).click();
  await expect(thread.getByLabel("Ihre Antwort")).toHaveValue(reply);
  await expect(thread.getByText("Ein nicht abgeschickter Entwurf wurde wiederhergestellt.")).toBeVisible();
  await thread.getByRole("button", { name: "Antwort veröffentlichen" }).click();
  await expect(comment(bernd.page, reply)).toBeVisible();
  await bernd.page.reload();
  // Posted: the draft is gone.
  await thread.getByText("Antworten", { exact: true }).click();
  await expect(thread.getByLabel("Ihre Antwort")).toHaveValue("");

  // Anna edits hers: "bearbeitet"; Bernd cannot edit or delete it.
  await page.goto(`${path}#discussion`);
  const mine = comment(page, first);
  await mine.getByText("Bearbeiten", { exact: true }).click();
  await mine.getByLabel("Beitrag bearbeiten").fill(`${first} (ergänzt)`);
  await mine.getByRole("button", { name: "Änderung speichern" }).click();
  await expect(comment(page, "(ergänzt)").getByText("(bearbeitet)")).toBeVisible();
  await bernd.page.reload();
  await expect(comment(bernd.page, "(ergänzt)").getByRole("button", { name: "Löschen" })).toHaveCount(0);

  // Anna deletes hers: it says "gelöscht" and Bernd's reply stays.
  await comment(page, "(ergänzt)").getByRole("button", { name: "Löschen" }).click();
  await page.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.getByText("Dieser Beitrag wurde gelöscht.")).toBeVisible();
  await expect(comment(page, reply)).toBeVisible();
  await expect(page.getByText("(ergänzt)")).toHaveCount(0);

  // The permalink scrolls to and highlights the comment, also for a visitor without JavaScript.
  const replyId = await comment(page, reply).getAttribute("id");
  const visitor = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const anonymous = await visitor.newPage();
  await anonymous.goto(`${path}#${replyId}`);
  await expect(anonymous.locator(`#${replyId}`)).toBeInViewport();
  const outline = await anonymous.locator(`#${replyId}`).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
  await expect(anonymous.getByText("Melden Sie sich an, um mitzudiskutieren.")).toBeVisible();
  expect(permalink).toContain(path);

  // The session expires while Anna writes: sign in again, come back, the text is still there.
  const lost = `Noch ein Gedanke nach Sitzungsende ${runId}`;
  await page.goto(`${path}#discussion`);
  await page.getByLabel("Ihr Beitrag").fill(lost);
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Beitrag veröffentlichen" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("E-Mail-Adresse").fill(anna.email);
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihr Postfach" })).toBeVisible();
  await new SignInPage(page).openLinkFromOutbox(anna.email);
  await expect(page).toHaveURL(new RegExp(`${path}`));
  await expect(page.getByLabel("Ihr Beitrag")).toHaveValue(lost);
});
