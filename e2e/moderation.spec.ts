import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";
import { member } from "./members";

// Screenshots for review go next to the other test output (SCREENSHOTS=dir puts them elsewhere).
const shots = process.env.SCREENSHOTS ?? "test-results";

async function screenshots(page: Page, name: string, part?: Locator) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (part) await part.screenshot({ path: `${shots}/${name}-${width}.png` });
    else await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe.configure({ timeout: 240_000 });

test.describe("moderation", () => {
  test("a member reports a solution, the admin hides it: 404 for others, gone from the catalogue and the search, the author reads why", async ({ browser }) => {
    const authorEmail = `mod-autorin-${runId}@fellbach.de`;
    const author = await member(browser, authorEmail, `Moderation Autorin ${runId}`);
    const title = `Gemeldetes Beispiel ${runId}`;
    await author.goto("/solutions/new");
    const form = new SolutionFormPage(author);
    await form.fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nMit Bescheid per Post.", service: "Hundehaltung" });
    await form.chooseImplementation({ status: "im Betrieb", maturity: "2 – Formular online" });
    await form.publish();
    await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const path = new URL(author.url()).pathname;

    // Another verified member reports it, with a reason; a second report says "already reported".
    const reporter = await member(browser, `mod-melder-${runId}@fellbach.de`, `Moderation Melder ${runId}`);
    await reporter.goto(path);
    await reporter.locator("summary", { hasText: "Melden" }).first().click();
    const reason = reporter.getByLabel("Grund der Meldung");
    // Empty: the message stands next to the field.
    await reporter.getByRole("button", { name: "Meldung senden" }).click();
    await expect(reporter.getByText("Bitte beschreiben Sie kurz, warum Sie das melden.").first()).toBeVisible();
    await reason.fill("Die Kostenangaben sind offensichtlich falsch.");
    await reporter.getByRole("button", { name: "Meldung senden" }).click();
    await expect(reporter.getByText("Danke. Ihre Meldung ist bei der Moderation eingegangen.")).toBeVisible();
    await expectAccessible(reporter);
    await screenshots(reporter, "moderation-report-form", reporter.locator("details.report-form").first());
    await reason.fill("Noch einmal.");
    await reporter.getByRole("button", { name: "Meldung senden" }).click();
    await expect(reporter.getByText("Sie haben das bereits gemeldet.")).toBeVisible();
    await expect(reporter.getByLabel("Grund der Meldung")).toHaveValue("Noch einmal.");

    // Signed out: no report control.
    const anonymous = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
    await anonymous.goto(path);
    await expect(anonymous.locator("summary", { hasText: "Melden" })).toHaveCount(0);

    // The e2e admin hides it from the queue.
    const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await admin.goto("/admin/reports");
    await expect(admin.getByRole("heading", { level: 1, name: "Meldungen" })).toBeVisible();
    const item = admin.getByRole("article").filter({ has: admin.getByRole("link", { name: title }) });
    await expect(item.getByText("Die Kostenangaben sind offensichtlich falsch.")).toBeVisible();
    await expectAccessible(admin);
    await screenshots(admin, "moderation-queue");
    const note = `Bitte belegen Sie die Kosten ${runId}.`;
    // Hiding without a note is refused with a message at the field.
    await item.getByRole("button", { name: "Ausblenden" }).click();
    await expect(item.getByText("Bitte geben Sie eine Begründung an.").first()).toBeVisible();
    await item.getByLabel("Begründung").fill(note);
    await item.getByRole("button", { name: "Ausblenden" }).click();
    await expect(admin.getByText("Ausgeblendet. Die Autorin oder der Autor wird per E-Mail benachrichtigt.")).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("region", { name: "Ausgeblendete Inhalte" }).getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(admin);

    // Anonymous visitors and other members: a 404 like an unknown address, and listed nowhere.
    for (const page of [anonymous, reporter]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(title)).toHaveCount(0);
      await page.goto(`/solutions?q=${encodeURIComponent(runId)}`);
      await expect(page.getByRole("link", { name: title })).toHaveCount(0);
      await page.goto(`/search?q=${encodeURIComponent(title)}`);
      await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    }
    expect((await anonymous.request.get(`/api/v1${path}`)).status()).toBe(404);

    // Its author still opens it, with the note; and got the mail.
    await author.goto(path);
    await expect(author.getByText(`Ausgeblendet: ${note}`)).toBeVisible();
    await expectAccessible(author);
    await screenshots(author, "moderation-hidden-banner");
    await new SignInPage(author).expectMail(authorEmail, /wurde ausgeblendet/);
    await expect(author.getByRole("article").filter({ hasText: authorEmail }).filter({ hasText: note })).toHaveCount(1);
  });

  test("a suspended member's open session ends at once and their sign-in link is refused", async ({ browser }) => {
    const email = `mod-gesperrt-${runId}@fellbach.de`;
    const name = `Gesperrt Person ${runId}`;
    const suspended = await member(browser, email, name);

    const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await admin.goto(`/admin/members?q=${encodeURIComponent(name)}`);
    const row = admin.getByRole("row", { name: new RegExp(name) });
    await row.locator("summary", { hasText: "Sperren" }).click();
    await row.getByRole("button", { name: "Mitglied sperren" }).click();
    await expect(row.getByText("Bitte geben Sie eine Begründung an.").first()).toBeVisible();
    await row.getByLabel("Begründung (für das Protokoll)").fill("Wiederholt beleidigende Beiträge.");
    await row.getByRole("button", { name: "Mitglied sperren" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Das Mitglied ist gesperrt und abgemeldet." })).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("row", { name: new RegExp(name) }).getByText("Gesperrt", { exact: true })).toBeVisible();
    await expectAccessible(admin);
    await screenshots(admin, "moderation-members-row", admin.getByRole("row", { name: new RegExp(name) }));

    // The next page load is signed out.
    await suspended.goto("/me");
    await expect(suspended).toHaveURL(/\/signin/);
    await expect(suspended.getByRole("link", { name: /^Angemeldet als/ })).toHaveCount(0);

    // A new link leads to the refusal, not into the site.
    const signIn = new SignInPage(suspended);
    await signIn.requestLink(email);
    await signIn.openLinkFromOutbox(email);
    await expect(suspended.getByText("Ihr Zugang zu Kommunalnetz ist gesperrt.", { exact: false })).toBeVisible();
    await expect(suspended.getByRole("link", { name: /^Angemeldet als/ })).toHaveCount(0);
    await expectAccessible(suspended);
    await suspended.goto("/me");
    await expect(suspended).toHaveURL(/\/signin/);
    // They were told why, by mail.
    await signIn.expectMail(email, "Ihr Zugang zu Kommunalnetz ist gesperrt");
    await expect(suspended.getByRole("article").filter({ hasText: "Begründung der Moderation: Wiederholt beleidigende Beiträge." })).toHaveCount(1);

    // Let back in: mailed again with the way in, and the next link works.
    await admin.goto(`/admin/members?q=${encodeURIComponent(name)}`);
    const again = admin.getByRole("row", { name: new RegExp(name) });
    await again.locator("summary", { hasText: "Sperre aufheben" }).click();
    await again.getByLabel("Begründung (für das Protokoll)").fill("Nach Rücksprache wieder freigeschaltet.");
    await again.getByRole("button", { name: "Sperre aufheben" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Die Sperre ist aufgehoben." })).toBeVisible();
    await signIn.expectMail(email, "Ihr Zugang zu Kommunalnetz ist wieder freigeschaltet");
    await signIn.requestLink(email);
    await signIn.openLinkFromOutbox(email);
    await expect(suspended.getByRole("link", { name: /^Angemeldet als/ })).toBeVisible();
  });
});
