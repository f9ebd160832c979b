import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

// Seeded demo accounts (db/seed/demo-members.ts): Jana Keller organises, Mehmet Yılmaz is a member;
// both from Fellbach. They sign in like anyone else, through the outbox.
const JANA = "jana.keller@demo.kommunalnetz.invalid";
const MEHMET = "mehmet.yilmaz@demo.kommunalnetz.invalid";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await new SignInPage(page).signUp(email, "");
  return page;
}

const section = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

/** A solution through the form, as a draft or published; returns its slug. */
async function newSolution(page: Page, title: string, button: "Als Entwurf speichern" | "Veröffentlichen"): Promise<string> {
  await page.goto("/solutions/new");
  await new SolutionFormPage(page).fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
  // Set explicitly, whether or not the form offers defaults.
  await page.getByLabel("Umsetzungsstand").selectOption("live");
  await page.getByLabel("OZG-Reifegrad").selectOption("3");
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The redirect says what was saved (`?saved=…`); the slug is the path.
  return new URL(page.url()).pathname.split("/solutions/")[1]!;
}

test.describe.configure({ timeout: 180_000 });

test.describe("Mein Kommunalnetz", () => {
  test("sends a signed-out visitor to sign-in and back, then shows every section", async ({ page }) => {
    await page.goto("/me");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme$/);
    await page.getByLabel("E-Mail-Adresse").fill(JANA);
    await page.getByRole("button", { name: "Anmeldelink senden" }).click();
    await expect(page.getByRole("heading", { name: "Bitte prüfen Sie Ihr Postfach" })).toBeVisible();
    await new SignInPage(page).openLinkFromOutbox(JANA);
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mein Kommunalnetz" })).toBeVisible();
    await expectAccessible(page);

    await expect(section(page, "Was auf Sie wartet")).toBeVisible();
    await expect(section(page, "Meine Entwürfe")).toBeVisible();
    await expect(section(page, "Meine veröffentlichten Umsetzungsbeispiele").getByRole("link", { name: "Digitale Wohnsitzanmeldung über service-bw in Fellbach" })).toBeVisible();
    await expect(section(page, "Meine veröffentlichten Umsetzungsbeispiele")).toContainText("Zuletzt bestätigt am");
    await expect(section(page, "Mitverfasst")).toBeVisible();
    // Fellbach runs Thomas Berger's (Demo, Ludwigsburg) business registration live.
    await expect(section(page, "Nachnutzungen von Fellbach")).toContainText("nutzt nach (im Betrieb)");
    await expect(section(page, "Von mir organisierte Treffen").getByRole("link", { name: /^1\. Netzwerktreffen/ })).toBeVisible();
    await expect(section(page, "Meine Anmeldungen").getByRole("heading", { name: "Bevorstehend" })).toBeVisible();

    // The header leads here from anywhere.
    await page.goto("/solutions");
    await page.getByRole("banner").getByRole("link", { name: "Mein Kommunalnetz" }).click();
    await expect(page).toHaveURL(/\/me$/);
  });

  test("finds a saved draft again, deletes it, and lists a registration", async ({ browser }) => {
    const page = await signedIn(browser, MEHMET);
    const title = `Hundesteuer-Entwurf ${runId}`;
    const slug = await newSolution(page, title, "Als Entwurf speichern");
    await page.goto("/me");
    await section(page, "Meine Entwürfe").getByRole("link", { name: title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/solutions/${slug}$`));

    // Deleting asks first (the server sends the question back); "no" keeps the draft.
    const remove = page.getByRole("button", { name: "Entwurf löschen", exact: true });
    await remove.click();
    await expect(page.getByRole("group", { name: "Diesen Entwurf wirklich endgültig löschen?" })).toBeFocused();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Nein, Entwurf behalten" }).click();
    await expect(page).toHaveURL(new RegExp(`/solutions/${slug}$`));
    await remove.click();
    await page.getByRole("button", { name: "Ja, diesen Entwurf endgültig löschen" }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(section(page, "Meine Entwürfe").getByRole("link", { name: title, exact: true })).toHaveCount(0);
    expect((await page.goto(`/solutions/${slug}`))?.status()).toBe(404);

    await page.goto("/meetups");
    await page.getByRole("link", { name: /^Jahrestreffen OZG-Taskforce/ }).first().click();
    await expect(page).toHaveURL(/\/meetups\/[a-z0-9-]+$/);
    const meetupTitle = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    const register = page.getByRole("button", { name: "Verbindlich anmelden" });
    if (await register.count()) await register.click();
    await expect(page.getByText("Sie sind angemeldet.").first()).toBeVisible();
    await page.goto("/me");
    const upcoming = section(page, "Meine Anmeldungen");
    await expect(upcoming.getByRole("listitem").filter({ hasText: meetupTitle })).toContainText("Angemeldet");
  });

  test("withdraws a published solution and publishes it again with its history", async ({ browser }) => {
    const page = await signedIn(browser, MEHMET);
    const title = `Hundesteuer zurückgezogen ${runId}`;
    const slug = await newSolution(page, title, "Veröffentlichen");
    await page.getByRole("button", { name: "Zurückziehen", exact: true }).click();
    await page.getByRole("button", { name: "Ja, die Veröffentlichung zurückziehen" }).click();
    await expect(page.getByText("Früher veröffentlicht und zurückgezogen")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/solutions?q=${encodeURIComponent(runId)}`);
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
    await page.goto("/me");
    await expect(section(page, "Meine Entwürfe").getByRole("link", { name: title, exact: true })).toBeVisible();

    await page.goto(`/solutions/${slug}/edit`);
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.goto(`/solutions?q=${encodeURIComponent(runId)}`);
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    await page.goto(`/solutions/${slug}/history`);
    await expect(page.getByRole("heading", { name: /Version 1/ })).toBeVisible();
  });

  test("tells a member why organiser pages are closed and whom to ask; someone else's draft stays not found", async ({ browser }) => {
    const organiser = await signedIn(browser, JANA);
    const draftTitle = `Entwurf eines Treffens ${runId}`;
    const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await organiser.goto("/meetups/new");
    await organiser.getByLabel("Titel").fill(draftTitle);
    await organiser.getByLabel("Beginn – Datum").fill(day);
    await organiser.getByLabel("Beginn – Uhrzeit").fill("10:00");
    await organiser.getByLabel("Ende – Datum").fill(day);
    await organiser.getByLabel("Ende – Uhrzeit").fill("12:00");
    await organiser.getByLabel("Veranstaltungsort").fill("Rathaus Fellbach");
    await organiser.getByLabel("Adresse").fill("Marktplatz 1, 70734 Fellbach");
    await organiser.getByLabel("Plätze").fill("20");
    await organiser.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: draftTitle })).toBeVisible();
    const draftSlug = new URL(organiser.url()).pathname.split("/meetups/")[1]!;

    const member = await signedIn(browser, MEHMET);
    await member.goto("/meetups/new");
    await expect(member.getByText("Netzwerktreffen anlegen können nur Organisatorinnen und Organisatoren.")).toBeVisible();
    await expect(member.getByText(/Wenden Sie sich an die Administration/i)).toBeVisible();
    await expect(member.getByLabel("Titel")).toHaveCount(0);
    await expectAccessible(member);

    await member.goto("/meetups");
    await member.getByRole("link", { name: /^Jahrestreffen OZG-Taskforce/ }).first().click();
    await expect(member).toHaveURL(/\/meetups\/[a-z0-9-]+$/);
    const publishedSlug = member.url().split("/meetups/")[1]!;
    await member.goto(`/meetups/${publishedSlug}/manage`);
    await expect(member.getByText("Dieses Treffen verwalten nur seine Organisatorinnen und Organisatoren.")).toBeVisible();
    await expect(member.getByRole("listitem").filter({ hasText: "Aylin Demir (Demo)" })).toBeVisible();
    await expectAccessible(member);

    expect((await member.goto(`/meetups/${draftSlug}/manage`))?.status()).toBe(404);
    expect((await member.goto(`/meetups/${draftSlug}`))?.status()).toBe(404);

    // The organiser deletes the draft.
    await organiser.goto(`/meetups/${draftSlug}/manage`);
    await organiser.getByRole("button", { name: "Entwurf löschen", exact: true }).click();
    await organiser.getByRole("button", { name: "Ja, diesen Entwurf endgültig löschen" }).click();
    await expect(organiser).toHaveURL(/\/me$/);
    await expect(section(organiser, "Von mir organisierte Treffen").getByRole("link", { name: draftTitle, exact: true })).toHaveCount(0);
    expect((await organiser.goto(`/meetups/${draftSlug}`))?.status()).toBe(404);

    // Signed out, an organiser page asks for sign-in first.
    const visitor = await browser.newPage();
    await visitor.goto("/meetups/new");
    await expect(visitor).toHaveURL(/\/signin\?callbackUrl=%2Fmeetups%2Fnew$/);
  });
});
