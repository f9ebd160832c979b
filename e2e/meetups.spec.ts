import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import ical, { type VEvent } from "node-ical";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";

async function member(browser: Browser, label: string): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const email = `${label}-${runId}@fellbach.de`;
  await new SignInPage(page).signUp(email, `${label} ${runId}`);
  return { page, email };
}

/** A date a few weeks ahead, as <input type="date"> wants it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// Whole journeys with several members signing in take longer than a single page check.
// axe also runs at 390 px on every page (e2e/accessibility.ts), which doubles its share of these journeys.
test.describe.configure({ timeout: 300_000 });

test.describe("network meetings", () => {
  test("organise a meetup for two, fill it, waitlist the third, promote on cancellation, download the .ics", async ({ browser }) => {
    // The e2e server lists this address in ADMIN_EMAILS; admins may organise meetups.
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const orgaPage = await context.newPage();
    await new SignInPage(orgaPage).signUp("e2e-organiser@kommunalnetz.test", `Organisation ${runId}`);

    const title = `Sprechstunde Wohngeld ${runId}`;
    const date = inDays(21);
    await orgaPage.goto("/meetups/new");
    await expectAccessible(orgaPage);
    // Bad input first: end before start and capacity 0 are refused next to their fields; input stays.
    await orgaPage.getByLabel("Titel").fill(title);
    await orgaPage.getByLabel("Beginn – Datum").fill(date);
    await orgaPage.getByLabel("Beginn – Uhrzeit").fill("14:00");
    await orgaPage.getByLabel("Ende – Datum").fill(date);
    await orgaPage.getByLabel("Ende – Uhrzeit").fill("13:00");
    await orgaPage.getByLabel("Veranstaltungsort").fill("Rathaus Fellbach");
    await orgaPage.getByLabel("Adresse").fill("Marktplatz 1, 70734 Fellbach");
    await orgaPage.getByLabel("Plätze").fill("0");
    await orgaPage.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(orgaPage.getByLabel("Ende – Uhrzeit")).toHaveAttribute("aria-invalid", "true");
    await expect(orgaPage.getByLabel("Plätze")).toHaveAttribute("aria-invalid", "true");
    await expect(orgaPage.getByLabel("Titel")).toHaveValue(title);
    await expectAccessible(orgaPage);
    await orgaPage.getByLabel("Ende – Uhrzeit").fill("16:00");
    await orgaPage.getByLabel("Plätze").fill("2");
    await orgaPage.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(orgaPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const slug = new URL(orgaPage.url()).pathname.split("/meetups/")[1]!;
    await expectAccessible(orgaPage);

    // The agenda: a talk by a guest, shown on the public page.
    await orgaPage.getByRole("link", { name: "Verwalten: Teilnehmende, Programm, Unterlagen" }).click();
    await expect(orgaPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(orgaPage);
    await orgaPage.getByLabel("Titel des Programmpunkts").fill("Wohngeld digital: Erfahrungen");
    await orgaPage.getByLabel("Beginn", { exact: true }).fill("14:15");
    await orgaPage.getByLabel("Dauer in Minuten").fill("45");
    await orgaPage.getByLabel("Gast 1 (Name)").fill("Gastreferentin Wohngeldstelle");
    await orgaPage.getByRole("button", { name: "Programmpunkt hinzufügen" }).click();
    await expect(orgaPage.getByText("Der Programmpunkt ist hinzugefügt.")).toBeVisible();

    // Editing it opens its form in place, filled with what is stored; a time past the meetup's end
    // is refused next to the field, and the input stays.
    await orgaPage.getByRole("link", { name: "Bearbeiten – Wohngeld digital: Erfahrungen" }).click();
    const editForm = orgaPage.locator("form").filter({ has: orgaPage.getByRole("heading", { name: "Programmpunkt bearbeiten" }) });
    await expect(editForm.getByLabel("Titel des Programmpunkts")).toHaveValue("Wohngeld digital: Erfahrungen");
    await expect(editForm.getByLabel("Gast 1 (Name)")).toHaveValue("Gastreferentin Wohngeldstelle");
    await expect(orgaPage.getByLabel("Titel des Programmpunkts")).toHaveCount(1);
    await expectAccessible(orgaPage);
    await editForm.getByLabel("Beginn", { exact: true }).fill("15:45");
    await editForm.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(editForm.getByLabel("Beginn", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(editForm.getByLabel("Beginn", { exact: true })).toHaveValue("15:45");
    await expectAccessible(orgaPage);
    // Without JavaScript the same form saves, and the page comes back to the agenda.
    const noScriptOrga = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const bareOrga = await noScriptOrga.newPage();
    await bareOrga.goto(new URL(`/meetups/${slug}/manage`, orgaPage.url()).href);
    await bareOrga.getByRole("link", { name: "Bearbeiten – Wohngeld digital: Erfahrungen" }).click();
    await bareOrga.getByLabel("Titel des Programmpunkts").fill("Wohngeld digital: Erfahrungen aus Fellbach");
    await bareOrga.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(bareOrga.getByText("Gespeichert.", { exact: true })).toBeVisible();
    await expect(bareOrga.getByRole("heading", { name: "Wohngeld digital: Erfahrungen aus Fellbach" })).toBeVisible();
    await expect(bareOrga.getByRole("heading", { name: "Programmpunkt hinzufügen" })).toBeVisible();
    await noScriptOrga.close();
    await orgaPage.goto(`/meetups/${slug}`);
    await expect(orgaPage.getByRole("heading", { name: /Wohngeld digital: Erfahrungen/ })).toBeVisible();

    // Three members register; the third lands on the waitlist.
    const [a, b, c] = [await member(browser, "eins"), await member(browser, "zwei"), await member(browser, "drei")];
    for (const m of [a, b]) {
      await m.page.goto(`/meetups/${slug}`);
      await m.page.getByLabel("Andere Mitglieder dürfen sehen").check();
      await m.page.getByRole("button", { name: "Verbindlich anmelden" }).click();
      await expect(m.page.getByText("Sie sind angemeldet.", { exact: false }).first()).toBeVisible();
    }
    await c.page.goto(`/meetups/${slug}`);
    await c.page.getByRole("button", { name: "Auf die Warteliste" }).click();
    await expect(c.page.getByText("Sie stehen auf der Warteliste, Platz 1.")).toBeVisible();
    await expectAccessible(c.page);

    // One cancels; the first on the waitlist moves up and is told so. Giving up a seat of a full
    // meetup cannot be undone, so the page asks first, and the question gets the focus.
    await a.page.goto(`/meetups/${slug}`);
    await a.page.getByRole("button", { name: "Anmeldung zurückziehen" }).click();
    const question = a.page.getByRole("group", { name: /ausgebucht: Ihr Platz geht sofort an die Warteliste/ });
    await expect(question).toBeFocused();
    await expectAccessible(a.page);
    await a.page.getByRole("button", { name: "Ja, Anmeldung zurückziehen" }).click();
    await expect(a.page.getByText("Ihre Anmeldung ist zurückgezogen.")).toBeVisible();
    await c.page.reload();
    await expect(c.page.getByText("Sie sind angemeldet.")).toBeVisible();
    await new SignInPage(c.page).expectMail(c.email, `Sie haben einen Platz: ${title}`);

    // Without JavaScript the question comes from the server: "no" keeps the seat, "yes" gives it up.
    // (This step once timed out: the page rendered after the post showed the register form's state
    // instead of the cancel form's, so the server's question never appeared.)
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await b.page.context().storageState() });
    const bare = await noScript.newPage();
    await bare.goto(new URL(`/meetups/${slug}`, b.page.url()).href);
    await bare.getByRole("button", { name: "Anmeldung zurückziehen" }).click();
    await expect(bare.getByRole("group", { name: /ausgebucht: Ihr Platz geht sofort an die Warteliste/ })).toBeVisible();
    await bare.getByRole("button", { name: "Nein, angemeldet bleiben" }).click();
    await expect(bare.getByText("Sie sind angemeldet.", { exact: true })).toBeVisible();
    await bare.getByRole("button", { name: "Anmeldung zurückziehen" }).click();
    await bare.getByRole("button", { name: "Ja, Anmeldung zurückziehen" }).click();
    await expect(bare.getByText("Ihre Anmeldung ist zurückgezogen.")).toBeVisible();
    await expect(bare.getByRole("button", { name: "Verbindlich anmelden" })).toBeVisible();
    await noScript.close();

    // The organiser sees both, the seat holders and who cancelled, and can export them.
    await orgaPage.goto(`/meetups/${slug}/manage`);
    await expect(orgaPage.getByRole("row", { name: new RegExp(`drei ${runId}`) }).first()).toBeVisible();
    const csv = await orgaPage.request.get(`/meetups/${slug}/participants.csv`);
    expect((await csv.text()).charCodeAt(0)).toBe(0xfeff);
    // A member who is no organiser gets nothing.
    expect((await b.page.request.get(`/meetups/${slug}/participants.csv`)).status()).toBe(404);

    // The calendar file parses and carries the meetup.
    const response = await c.page.request.get(`/meetups/${slug}/calendar.ics`);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const events = Object.values(ical.sync.parseICS(await response.text())).filter((x): x is VEvent => x?.type === "VEVENT");
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(title);
    expect(String(events[0]!.uid)).toMatch(/@kommunalnetz$/);
    // 14:00 in Berlin.
    const berlin = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(events[0]!.start as Date);
    expect(berlin).toBe("14:00");
  });

  test("lists upcoming and past meetups with filters and offers the calendar subscription", async ({ page }) => {
    await page.goto("/meetups");
    await expect(page.getByRole("link", { name: /Jahrestreffen OZG-Taskforce/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Alle Treffen im Kalender abonnieren" })).toHaveAttribute("href", /^webcal:\/\/.+\/meetups\/calendar\.ics/);
    await expectAccessible(page);
    await page.getByLabel("Zeitraum").selectOption("past");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    // A meeting that is over says so instead of offering seats.
    const held = page.getByRole("article").filter({ has: page.getByRole("link", { name: /Netzwerktreffen .* in Fellbach/ }) });
    await expect(held.getByText("Hat stattgefunden")).toBeVisible();
    await expect(held.getByText(/frei|ausgebucht/)).toHaveCount(0);
    await page.getByRole("link", { name: /Netzwerktreffen .* in Fellbach/ }).click();
    await expect(page.getByText(/angemeldet bei \d+ Plätzen/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Programm" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Protokoll" })).toBeVisible();
    await expectAccessible(page);
    const feed = await page.request.get("/meetups/calendar.ics?format=hybrid");
    expect(await feed.text()).toContain("Jahrestreffen OZG-Taskforce");
    // Anonymous visitors never see an online link.
    const api = await page.request.get("/api/v1/meetups?when=upcoming");
    expect(await api.text()).not.toContain("example.org/demo/jahrestreffen-stream");
  });
});
