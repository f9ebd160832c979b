import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { FormFeedback } from "./pages/form-feedback";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

async function signedIn(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, name);
  return page;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Issue 9, defects 1, 5, 6 and 9: forms show what the member chose, say what went wrong and what happened.
test.describe.configure({ timeout: 180_000 });

test.describe("forms", () => {
  test("the solution form keeps status, maturity, link type and open source after a failed save, and says what was saved", async ({ browser }) => {
    const page = await signedIn(browser, `formular-${runId}@fellbach.de`, `Formular ${runId}`);
    const form = new SolutionFormPage(page);
    const feedback = new FormFeedback(page);
    await page.goto("/solutions/new");
    // Nothing is guessed for the member.
    await expect(form.status).toHaveValue("");
    await expect(form.maturity).toHaveValue("");

    await form.fillBasics({ title: "", summary: "Anmeldung der Hundesteuer online.", body: "Text", service: "Hundehaltung" });
    await form.chooseImplementation({ status: "geplant", maturity: "3 – vollständig online" });
    await form.link(1).kind.selectOption({ label: "openCoDE" });
    await form.link(1).url.fill("https://opencode.de/hundesteuer");
    await page.getByLabel("Die Lösung ist Open Source").check();
    await form.publish();

    await expect(page.locator("#title-error")).toBeVisible();
    await expect(form.status).toHaveValue("planned");
    await expect(form.maturity).toHaveValue("3");
    await expect(form.link(1).kind).toHaveValue("opencode");
    await expect(page.getByLabel("Die Lösung ist Open Source")).toBeChecked();
    await feedback.expectErrorSummary("Der Titel muss mindestens 5 Zeichen haben.");
    await feedback.followError("Der Titel muss mindestens 5 Zeichen haben.", page.getByLabel("Titel", { exact: true }));
    await expectAccessible(page);

    // A second failure: the old error goes, the new one is the only one listed.
    await page.getByLabel("Titel", { exact: true }).fill(`Hundesteuer planen ${runId}`);
    await form.maturity.selectOption("");
    await form.publish();
    await feedback.expectErrorSummary("Bitte wählen Sie den OZG-Reifegrad (0 bis 4).");
    await expect(feedback.errorSummary.getByRole("link")).toHaveCount(1);
    await expect(page.getByText("Der Titel muss mindestens 5 Zeichen haben.")).toHaveCount(0);
    await expect(form.status).toHaveValue("planned");

    await form.maturity.selectOption("3");
    await form.publish();
    await expect(page.getByRole("heading", { level: 1, name: `Hundesteuer planen ${runId}` })).toBeVisible();
    await feedback.expectStatus("Veröffentlicht.");
    await expect(page.getByRole("definition").getByText("geplant", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // Editing: a refused save keeps the changed select, the next one says which version it made.
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await expect(form.status).toHaveValue("planned");
    await form.status.selectOption("in_progress");
    await page.getByLabel("Titel", { exact: true }).fill("Hund");
    await form.publish();
    await expect(page.locator("#title-error")).toBeVisible();
    await expect(form.status).toHaveValue("in_progress");
    await expect(form.maturity).toHaveValue("3");
    await feedback.expectErrorSummary("Der Titel muss mindestens 5 Zeichen haben.");
    await page.getByLabel("Titel", { exact: true }).fill(`Hundesteuer in Umsetzung ${runId}`);
    await form.publish();
    await feedback.expectStatus("Gespeichert: Version 2.");
    await expect(page.getByRole("definition").getByText("in Umsetzung", { exact: true })).toBeVisible();
  });

  test("amounts are read the German way: 2.000 is two thousand, 2,5 days is a message, not a rounding", async ({ browser }) => {
    const page = await signedIn(browser, `betrag-${runId}@fellbach.de`, `Betrag ${runId}`);
    const form = new SolutionFormPage(page);
    await page.goto("/solutions/new");
    await form.fillBasics({ title: `Kosten deutsch ${runId}`, summary: "Hundesteuer online mit Kostenangabe.", body: "Text", service: "Hundehaltung" });
    await form.chooseImplementation({ status: "geplant", maturity: "2 – Formular online" });
    await page.getByLabel("Einmalige Kosten von (Euro)").fill("2.000");
    await page.getByLabel("Einmalige Kosten bis (Euro)").fill("4.500 €");
    await page.getByLabel("Aufwand in Personentagen").fill("2,5");
    await form.publish();
    await form.expectFieldError("Aufwand in Personentagen", "Bitte geben Sie ganze Personentage an, z. B. 12 statt 12,5.");
    // Nothing typed was changed behind the member's back.
    await expect(page.getByLabel("Aufwand in Personentagen")).toHaveValue("2,5");
    await expect(page.getByLabel("Einmalige Kosten von (Euro)")).toHaveValue("2.000");
    await page.getByLabel("Aufwand in Personentagen").fill("12");
    await form.publish();
    await expect(page.getByRole("heading", { level: 1, name: `Kosten deutsch ${runId}` })).toBeVisible();
    await expect(page.getByRole("definition").getByText("2.000 € bis 4.500 €", { exact: true })).toBeVisible();
    // The edit form shows the stored number, not 2.
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await expect(page.getByLabel("Einmalige Kosten von (Euro)")).toHaveValue(/^2\.?000$/);
  });

  test("meetup and agenda forms keep their selects after a failed save", async ({ browser }) => {
    // The e2e server lists this address in ADMIN_EMAILS; admins may organise meetups.
    const orga = await signedIn(browser, "e2e-organiser@kommunalnetz.test", `Organisation ${runId}`);
    const feedback = new FormFeedback(orga);
    const title = `Formulartreffen ${runId}`;
    const date = inDays(30);
    await orga.goto("/meetups/new");
    await orga.getByLabel("Titel").fill(title);
    await orga.getByLabel("Format").selectOption("hybrid");
    await orga.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(orga.locator("#startDate-error")).toBeVisible();
    await expect(orga.getByLabel("Format")).toHaveValue("hybrid");
    await feedback.expectErrorSummary("Bitte geben Sie das Datum des Beginns an.");
    await expectAccessible(orga);

    await orga.getByLabel("Beginn – Datum").fill(date);
    await orga.getByLabel("Beginn – Uhrzeit").fill("10:00");
    await orga.getByLabel("Ende – Datum").fill(date);
    await orga.getByLabel("Ende – Uhrzeit").fill("12:00");
    await orga.getByLabel("Veranstaltungsort").fill("Rathaus Fellbach");
    await orga.getByLabel("Adresse", { exact: true }).fill("Marktplatz 1, 70734 Fellbach");
    await orga.getByLabel("Link zur Online-Teilnahme").fill("https://example.org/formulartreffen");
    await orga.getByLabel("Plätze").fill("5");
    await orga.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(orga.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await feedback.expectStatus("Veröffentlicht.");
    const slug = new URL(orga.url()).pathname.split("/meetups/")[1]!;

    // The agenda form: a refused item keeps its type.
    await orga.goto(`/meetups/${slug}/manage`);
    const agenda = orga.getByRole("region", { name: "Programm" });
    await agenda.getByLabel("Art", { exact: true }).selectOption("break");
    await agenda.getByLabel("Beginn", { exact: true }).fill("11:00");
    await agenda.getByRole("button", { name: "Programmpunkt hinzufügen" }).click();
    await expect(orga.locator("#title-error")).toBeVisible();
    await expect(agenda.getByLabel("Art", { exact: true })).toHaveValue("break");
    await feedback.expectErrorSummary("Der Titel des Programmpunkts muss mindestens 2 Zeichen haben.");
    await expectAccessible(orga);
  });

  test("the registration box shows only the latest result: register, then withdraw without a reload", async ({ browser }) => {
    const member = await signedIn(browser, `anmeldung-${runId}@fellbach.de`, `Anmeldung ${runId}`);
    const memberFeedback = new FormFeedback(member);
    const box = member.getByRole("region", { name: "Anmeldung" });
    // The seeded annual meeting has 250 seats.
    await member.goto("/meetups");
    await member.getByRole("link", { name: /Jahrestreffen OZG-Taskforce/ }).click();
    await member.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await expect(box.getByText("Sie sind angemeldet. Eine Bestätigung mit Kalenderdatei ist unterwegs.")).toBeVisible();
    await member.getByRole("button", { name: "Anmeldung zurückziehen" }).click();
    // Withdrawing asks first (issue 9, defect 7); the question must not sit beside a stale message.
    await member.getByRole("button", { name: "Ja, Anmeldung zurückziehen" }).click();
    await expect(box.getByText("Ihre Anmeldung ist zurückgezogen.")).toBeVisible();
    await expect(box.getByText("Sie sind angemeldet", { exact: false })).toHaveCount(0);
    await memberFeedback.expectStatus("Ihre Anmeldung ist zurückgezogen.");
    await expect(box.getByRole("button", { name: "Verbindlich anmelden" })).toBeVisible();
    await expectAccessible(member);
  });

  test("the role select shows the saved role after saving, without a reload", async ({ page, browser }) => {
    const memberName = `Rollenprobe ${runId}`;
    const other = await signedIn(browser, `rolle-${runId}@example.de`, memberName);
    await other.context().close();
    await new SignInPage(page).signUp("e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await page.goto("/admin/members");
    await page.getByLabel("Name, E-Mail oder Kommune").fill(memberName);
    await page.getByRole("button", { name: "Suchen" }).click();
    const role = page.getByLabel(`Rolle von ${memberName}`);
    await role.selectOption("moderator");
    await page.getByRole("row", { name: new RegExp(memberName) }).getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("row", { name: new RegExp(memberName) }).getByText("Gespeichert.")).toBeVisible();
    await expect(role).toHaveValue("moderator");
    await new FormFeedback(page).expectStatus("Gespeichert.");
    await expectAccessible(page);
    // Another choice, not saved yet: "Gespeichert." no longer stands beside it.
    await role.selectOption("member");
    await expect(page.getByRole("row", { name: new RegExp(memberName) }).getByText("Gespeichert.")).toHaveCount(0);
  });
});
