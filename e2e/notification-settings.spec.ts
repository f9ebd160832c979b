import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

// Two new members from Fellbach: the reader follows Fellbach and wants new examples at once; the
// author publishes one there. The mail's unsubscribe link then works in a browser nobody signed in to.
const READER = `e2e-mail-reader-${runId}@fellbach.de`;
const AUTHOR = `e2e-mail-author-${runId}@fellbach.de`;

async function newMemberPage(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, name);
  return page;
}

const group = (page: Page, kind: string) => page.getByRole("group", { name: kind });

async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe.configure({ timeout: 180_000 });

test.describe("E-Mail-Benachrichtigungen", () => {
  test("a signed-out visitor is sent to sign-in and back", async ({ page }) => {
    await page.goto("/settings/notifications");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fnotifications$/);
  });

  test("settings are saved; a notification mail's unsubscribe link works with one click without signing in", async ({ browser }) => {
    const reader = await newMemberPage(browser, READER, "Rita Leserin");

    // From /me to the settings; the defaults: personal things at once, news daily.
    await reader.goto("/me");
    await reader.getByRole("link", { name: "E-Mail-Benachrichtigungen einstellen" }).click();
    await expect(reader.getByRole("heading", { level: 1, name: "E-Mail-Benachrichtigungen" })).toBeVisible();
    await expect(group(reader, "Antworten auf meine Beiträge").getByLabel("Sofort")).toBeChecked();
    await expect(group(reader, "Neue Kommentare").getByLabel("Täglich")).toBeChecked();
    await expectAccessible(reader);
    await shoot(reader, "settings");

    await group(reader, "Neue Umsetzungsbeispiele").getByLabel("Sofort").check();
    await group(reader, "Neue Kommentare").getByLabel("Wöchentlich").check();
    await group(reader, "Erwähnungen").getByLabel("Nie").check();
    await reader.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expect(reader.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
    await reader.reload();
    await expect(group(reader, "Neue Umsetzungsbeispiele").getByLabel("Sofort")).toBeChecked();
    await expect(group(reader, "Neue Kommentare").getByLabel("Wöchentlich")).toBeChecked();
    await expect(group(reader, "Erwähnungen").getByLabel("Nie")).toBeChecked();
    await expect(group(reader, "Fragen an mich").getByLabel("Sofort")).toBeChecked();

    // The reader follows Fellbach; the author publishes an example there.
    await reader.goto("/municipalities/08119020");
    const follow = reader.getByRole("button", { name: /Fellbach, Stadt$/ });
    await follow.click();
    await expect(follow).toHaveAttribute("aria-pressed", "true");

    const author = await newMemberPage(browser, AUTHOR, "Anton Autor");
    const title = `Hundesteuer digital ${runId}`;
    await author.goto("/solutions/new");
    await new SolutionFormPage(author).fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
    await author.getByLabel("Umsetzungsstand").selectOption("live");
    await author.getByLabel("OZG-Reifegrad").selectOption("3");
    await author.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The mail arrives (background jobs), with the unsubscribe and settings links.
    const outbox = new SignInPage(reader);
    await outbox.expectMail(READER, `Neues Umsetzungsbeispiel: ${title}`);
    const mail = reader.getByRole("article").filter({ hasText: READER }).filter({ hasText: title }).first();
    await expect(mail).toContainText("Anton Autor hat ein neues Umsetzungsbeispiel veröffentlicht");
    await expect(mail.getByRole("link", { name: /\/settings\/notifications$/ })).toBeVisible();
    const href = await mail.getByRole("link", { name: /\/unsubscribe\?token=/ }).getAttribute("href");
    expect(href).toBeTruthy();

    // Someone who is not signed in (the mail is read on another device) opens the link.
    const anonymous = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
    await anonymous.goto(href!);
    await expect(anonymous.getByRole("heading", { level: 1, name: "E-Mails abbestellen" })).toBeVisible();
    await expect(anonymous.getByText("Möchten Sie die E-Mails zu „Neue Umsetzungsbeispiele“ abbestellen?")).toBeVisible();
    await expectAccessible(anonymous);
    await shoot(anonymous, "unsubscribe");
    // Opening the page changed nothing.
    await reader.goto("/settings/notifications");
    await expect(group(reader, "Neue Umsetzungsbeispiele").getByLabel("Sofort")).toBeChecked();

    await anonymous.getByRole("button", { name: "Abbestellen" }).click();
    await expect(anonymous.getByRole("status").filter({ hasText: "Sie haben die E-Mails zu „Neue Umsetzungsbeispiele“ abbestellt." })).toBeVisible();
    await expectAccessible(anonymous);
    await shoot(anonymous, "unsubscribed");

    await reader.reload();
    await expect(group(reader, "Neue Umsetzungsbeispiele").getByLabel("Nie")).toBeChecked();
    await expect(group(reader, "Neue Kommentare").getByLabel("Wöchentlich")).toBeChecked();

    // A tampered link is refused, and says so.
    await anonymous.goto(href!.replace(/.{4}$/, "AAAA"));
    await expect(anonymous.getByText("Dieser Abmeldelink ist ungültig oder abgelaufen.")).toBeVisible();
    await expect(anonymous.getByRole("button", { name: "Abbestellen" })).toHaveCount(0);
  });
});
