import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

// The discussion issue's journey, end to end: follow → publish → notification → question with an
// @mention → notification and mail → reply by e-mail → marked as the answer → "Hilfreich" →
// one-click unsubscribe from a mail without signing in.

async function member(browser: Browser, label: string, name: string): Promise<{ page: Page; email: string; name: string }> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const email = `e2e-journey-${label}-${runId}@fellbach.de`;
  await new SignInPage(page).signUp(email, name);
  return { page, email, name };
}

/** The outbox entry of the newest mail to `email` whose subject matches (polls: jobs send it). */
async function mailTo(page: Page, email: string, subject: string) {
  await new SignInPage(page).expectMail(email, subject);
  return page.getByRole("article").filter({ hasText: email }).filter({ hasText: subject }).first();
}

const header = (mail: ReturnType<Page["getByRole"]>, name: string) =>
  mail.locator("dl div").filter({ has: mail.page().locator("dt", { hasText: new RegExp(`^${name}:`) }) }).locator("dd");

async function pollFor(page: Page, url: string, target: ReturnType<Page["getByRole"]>) {
  await expect(async () => {
    await page.goto(url);
    await expect(target).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
}

test.describe.configure({ timeout: 300_000 });

test("follow, publish, ask with @mention, answer by e-mail, mark the answer, hilfreich, unsubscribe with one click", async ({ browser }) => {
  const bertaName = `Berta Fragt ${runId}`;
  const antonName = `Anton Antwortet ${runId}`;
  const berta = await member(browser, "b", bertaName);

  // Berta follows the Themenfeld "Engagement & Hobby".
  await berta.page.goto("/services?themenfeld=5");
  const follow = berta.page.getByRole("button", { name: "Folgen – Themenfeld Engagement & Hobby" });
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");

  // Anton publishes an example there.
  const anton = await member(browser, "a", antonName);
  const title = `Hundesteuer mit Rückfragen ${runId}`;
  await anton.page.goto("/solutions/new");
  await new SolutionFormPage(anton.page).fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
  await anton.page.getByLabel("Umsetzungsstand").selectOption("live");
  await anton.page.getByLabel("OZG-Reifegrad").selectOption("3");
  await anton.page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(anton.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const solutionPath = new URL(anton.page.url()).pathname;

  // Berta hears of it and opens it from her notifications.
  const news = berta.page.getByRole("link", { name: `Neues Umsetzungsbeispiel von ${antonName}: »${title}«` });
  await pollFor(berta.page, "/notifications", news);
  await news.click();
  await expect(berta.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // She asks Anton a question, mentioning him through the autocomplete (keyboard only).
  const question = `Wie haben Sie den Datenschutz geklärt? ${runId}`;
  const field = berta.page.getByLabel("Ihr Beitrag");
  await field.fill(`${question} `);
  await field.press("End");
  await field.pressSequentially("@Anton Antw");
  await expect(berta.page.getByRole("option", { name: new RegExp(antonName) })).toBeVisible();
  await field.press("ArrowDown");
  await field.press("Enter");
  await berta.page.getByLabel("Als Frage an die Umsetzenden stellen").check();
  await berta.page.getByRole("button", { name: "Beitrag veröffentlichen" }).click();
  const asked = berta.page.locator("article.comment").filter({ hasText: question });
  await expect(asked.getByText("Offene Frage")).toBeVisible();
  // The mention links to Anton's page (members only).
  await asked.getByRole("link", { name: antonName }).click();
  await expect(berta.page.getByRole("heading", { level: 1, name: antonName })).toBeVisible();
  await expect(berta.page.getByRole("link", { name: title })).toBeVisible();
  await expect(berta.page.getByText(anton.email)).toHaveCount(0);

  // Anton is told in the app and by mail (mentions and questions: immediately by default).
  await pollFor(anton.page, "/notifications", anton.page.getByRole("link", { name: `${bertaName} hat Sie in einem Kommentar zu »${title}« erwähnt` }));
  await expect(anton.page.getByRole("banner").getByRole("link", { name: /ungelesene Benachrichtigung/ }).first()).toBeVisible();
  const mail = await mailTo(anton.page, anton.email, `${bertaName} hat Sie erwähnt: ${title}`);
  await expect(mail).toContainText(question);
  await expect(mail).toContainText("Sie können direkt auf diese E-Mail antworten");
  const replyTo = (await header(mail, "Reply-To").textContent())!.trim();
  const messageId = (await header(mail, "Message-ID").textContent())!.trim();
  expect(replyTo).toMatch(/^antwort\+reply\.[A-Za-z0-9._-]+@kommunalnetz\.test$/);
  expect(await header(mail, "List-Unsubscribe-Post").textContent()).toBe("List-Unsubscribe=One-Click");

  // He answers from his mail program: quoted history below, as Outlook and Thunderbird send it.
  const answer = `Mit einer Vorabkontrolle durch unseren DSB, Vorlage folgt. ${runId}`;
  const raw = [
    `From: ${antonName} <${anton.email}>`,
    `To: ${replyTo}`,
    `Subject: Re: ${bertaName} hat Sie erwähnt`,
    `Message-ID: <journey-${runId}@mail.kommunalnetz.test>`,
    `In-Reply-To: ${messageId}`,
    `Date: ${new Date().toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    answer,
    "",
    `Am 02.12.2026 um 10:00 schrieb Kommunalnetz <no-reply@kommunalnetz.invalid>:`,
    `> ${bertaName} hat Sie in einem Kommentar erwähnt:`,
    `> ${question}`,
    "",
  ].join("\r\n");
  const inbound = (body: string, secret = "e2e-inbound-secret") =>
    anton.page.request.post("/api/inbound-mail", { headers: { authorization: `Bearer ${secret}`, "content-type": "message/rfc822" }, data: body });
  expect((await inbound(raw, "wrong-secret")).status()).toBe(401);
  expect((await inbound(raw.replace(`From: ${antonName} <${anton.email}>`, `From: Jemand <jemand-${runId}@example.org>`))).status()).toBe(422);
  const posted = await inbound(raw);
  expect(posted.status(), await posted.text()).toBe(201);
  // The same mail delivered again is not posted twice.
  expect((await inbound(raw)).status()).toBe(200);

  // On the page: the reply without the quote, and Anton marks it as the answer.
  await anton.page.goto(`${solutionPath}#discussion`);
  const reply = anton.page.locator("article.comment").filter({ hasText: answer });
  await expect(reply).toHaveCount(1);
  await expect(reply).not.toContainText("schrieb");
  await reply.getByRole("button", { name: "Als Antwort markieren" }).click();
  const qa = anton.page.getByRole("region", { name: "Fragen und Antworten" });
  await expect(qa).toContainText(question);
  await expect(qa).toContainText(answer);

  // Berta sees the answer on the solution itself and finds it hilfreich.
  await berta.page.goto(solutionPath);
  await expect(berta.page.getByRole("region", { name: "Fragen und Antworten" })).toContainText(answer);
  const helpful = berta.page.getByRole("button", { name: /^Hilfreich \(/ }).first();
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await helpful.click();
  await expect(helpful).toHaveAttribute("aria-pressed", "true");
  await expect(helpful).toHaveAccessibleName("Hilfreich (1 Stimme)");
  await expectAccessible(berta.page);
  for (const width of [390, 1280]) {
    await berta.page.setViewportSize({ width, height: 900 });
    await berta.page.screenshot({ path: `test-results/discussion-journey-${width}.png`, fullPage: true });
  }

  // Berta's mail about the answer: one click on "unsubscribe" in her mail program (RFC 8058), signed out.
  const answered = await mailTo(berta.page, berta.email, `Ihre Frage zu „${title}“ wurde beantwortet`);
  await expect(answered).toContainText(answer);
  const unsubscribe = (await header(answered, "List-Unsubscribe").textContent())!.trim().replace(/^<|>$/g, "");
  const stranger = await browser.newContext();
  const oneClick = await stranger.request.post(unsubscribe, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.ok(), await oneClick.text()).toBe(true);
  await stranger.close();
  await berta.page.goto("/settings/notifications");
  await expect(berta.page.getByRole("group", { name: "Antworten auf meine Fragen" }).getByLabel("Nie")).toBeChecked();
});
