import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

// A whole journey: the admin invites, the invitee signs up through the link, accepts and publishes.
test.describe.configure({ timeout: 240_000 });

test.describe("invitations and the audit log", () => {
  test("the admin invites a new address, the invitee accepts once and publishes, and the audit log shows it", async ({ page, browser }) => {
    const email = `einladung-${runId}@example.org`;
    const name = `Eingeladene Person ${runId}`;

    // The admin invites one valid address and one typo to Waiblingen.
    await new SignInPage(page).signUp("e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await page.goto("/admin/invitations");
    await expect(page.getByRole("heading", { level: 1, name: "Einladungen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("E-Mail-Adressen").fill(`${email}\nkein-at-${runId}`);
    await page.getByRole("combobox", { name: "Kommune" }).fill("Waiblingen");
    await page.getByRole("option", { name: /^Waiblingen, Stadt/ }).click();
    await page.getByRole("button", { name: "Einladungen senden" }).click();
    const results = page.getByRole("region", { name: "Ergebnis je Adresse" });
    await expect(results.getByText(`${email}: eingeladen`)).toBeVisible();
    await expect(results.getByText(`kein-at-${runId}: keine gültige E-Mail-Adresse`)).toBeVisible();
    // The invalid entry stays in the box for correction.
    await expect(page.getByLabel("E-Mail-Adressen")).toHaveValue(`kein-at-${runId}`);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("offen");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "test-results/invitations-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/invitations-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The invitee opens the mail's link, signs in with the prefilled address, and comes back.
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const invitee = await context.newPage();
    await invitee.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
    const mail = invitee.getByRole("article").filter({ hasText: email }).filter({ hasText: "Einladung zu Kommunalnetz" }).first();
    const link = await mail.getByRole("link", { name: /\/invitations\// }).getAttribute("href");
    expect(link).toBeTruthy();
    const path = new URL(link!).pathname;
    await invitee.goto(path);
    await expect(invitee.getByRole("heading", { level: 1, name: "Einladung zu Kommunalnetz" })).toBeVisible();
    await expect(invitee.getByText(/hat Sie eingeladen, Kommunalnetz als Mitglied von Waiblingen beizutreten/)).toBeVisible();
    await expectAccessible(invitee);
    await invitee.screenshot({ path: "test-results/invitation-link-1280.png", fullPage: true });
    await expect(invitee.getByLabel("E-Mail-Adresse")).toHaveValue(email);
    await invitee.getByRole("button", { name: "Anmeldelink senden" }).click();
    await expect(invitee.getByRole("heading", { name: "Bitte prüfen Sie Ihr Postfach" })).toBeVisible();
    const signIn = new SignInPage(invitee);
    await signIn.openLinkFromOutbox(email);
    await signIn.completeProfile(name, "Felbach", /^Fellbach, Stadt/);
    await expect(invitee).toHaveURL(new RegExp(`${path}$`));
    await invitee.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect(invitee.getByRole("heading", { level: 1, name: "Willkommen im Netzwerk" })).toBeVisible();
    await expect(invitee.getByText("Sie sind jetzt bestätigtes Mitglied von Waiblingen.")).toBeVisible();
    await expectAccessible(invitee);

    // As a verified member of Waiblingen they publish a solution.
    await invitee.getByRole("link", { name: "Lösung veröffentlichen" }).click();
    const title = `Eingeladen veröffentlicht ${runId}`;
    const form = new SolutionFormPage(invitee);
    await form.fillBasics({ title, summary: "Hundesteuer-Anmeldung komplett online, mit Bescheid per Post.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
    await form.chooseImplementation({ status: "im Betrieb", maturity: "2 – Formular online" });
    await form.publish();
    await expect(invitee.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await context.close();

    // A second use of the link fails: the same page as for an unknown link, with a 404.
    const stranger = await browser.newContext({ locale: "de-DE" });
    const other = await stranger.newPage();
    const second = await other.goto(path);
    expect(second?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "Dieser Einladungslink funktioniert nicht" })).toBeVisible();
    await expectAccessible(other);
    const unknown = await other.goto(`/invitations/${"A".repeat(43)}`);
    expect(unknown?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "Dieser Einladungslink funktioniert nicht" })).toBeVisible();
    await stranger.close();

    // The admin finds the acceptance in the audit log and downloads it as CSV.
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
    await page.getByLabel("Aktion").selectOption({ label: "Einladung angenommen" });
    await page.getByLabel("Betroffenes Mitglied (Name oder E-Mail)").fill(email);
    await page.getByRole("button", { name: "Filtern" }).click();
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Einladung angenommen");
    await expect(row).toContainText('"status":"verified"');
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/audit-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/audit-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Als CSV herunterladen" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("audit-log.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toContain("invitation.accepted");
    expect(csv).toContain(name);
    expect(csv).not.toContain("member.role_changed");

    // A malformed date is a message on the field, not an error page.
    await page.goto("/admin/audit?from=2030-02-30");
    await expect(page.getByText("Geben Sie ein gültiges Datum ein")).toBeVisible();
  });

  test("a meetup's organiser invites a guest without an account, who accepts and is registered but stays pending", async ({ page, browser }) => {
    const email = `gast-${runId}@example.org`;
    const name = `Gast ${runId}`;
    await new SignInPage(page).signUp("e2e-organiser@kommunalnetz.test", `Organisation ${runId}`);
    const title = `Gästetreffen ${runId}`;
    const date = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    await page.goto("/meetups/new");
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Beginn – Datum").fill(date);
    await page.getByLabel("Beginn – Uhrzeit").fill("10:00");
    await page.getByLabel("Ende – Datum").fill(date);
    await page.getByLabel("Ende – Uhrzeit").fill("12:00");
    await page.getByLabel("Veranstaltungsort").fill("Rathaus Fellbach");
    await page.getByLabel("Adresse").fill("Marktplatz 1, 70734 Fellbach");
    await page.getByLabel("Plätze").fill("10");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const slug = new URL(page.url()).pathname.split("/meetups/")[1]!;
    await page.goto(`/meetups/${slug}/manage`);
    const guests = page.getByRole("region", { name: "Gäste einladen" });
    await guests.getByLabel("E-Mail-Adressen").fill(email);
    await guests.getByRole("button", { name: "Gäste einladen" }).click();
    await expect(guests.getByText(`${email}: eingeladen`)).toBeVisible();
    await expectAccessible(page);

    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const guest = await context.newPage();
    await guest.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
    const mail = guest.getByRole("article").filter({ hasText: email }).filter({ hasText: "Einladung zum Netzwerktreffen" }).first();
    const link = await mail.getByRole("link", { name: /\/invitations\// }).getAttribute("href");
    const path = new URL(link!).pathname;
    await guest.goto(path);
    await expect(guest.getByText(`zum Netzwerktreffen „${title}“ eingeladen`)).toBeVisible();
    await guest.getByRole("button", { name: "Anmeldelink senden" }).click();
    const signIn = new SignInPage(guest);
    await signIn.openLinkFromOutbox(email);
    await signIn.completeProfile(name, "Felbach", /^Fellbach, Stadt/);
    await guest.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect(guest.getByRole("heading", { level: 1, name: "Sie sind dabei" })).toBeVisible();
    await expectAccessible(guest);
    // A guest is not a member: publishing still needs a membership.
    await guest.goto("/solutions/new");
    await expect(guest.getByRole("button", { name: "Veröffentlichen" })).toHaveCount(0);
    await context.close();

    await page.reload();
    await expect(page.getByRole("region", { name: /Teilnehmende/ }).getByText(name)).toBeVisible();
  });

  test("members get the role explanation instead of the invitation and audit pages, and no CSV", async ({ page }) => {
    await new SignInPage(page).signUp(`kein-einlader-${runId}@fellbach.de`, `Kein Einlader ${runId}`);
    await page.goto("/admin/invitations");
    await expect(page.getByText("Einladungen verschicken dürfen Organisatorinnen und Organisatoren")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adressen")).toHaveCount(0);
    await page.goto("/admin/audit");
    await expect(page.getByText("Das Protokoll ist der Administration vorbehalten.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    const csv = await page.request.get("/admin/audit.csv");
    expect(csv.status()).toBe(404);
  });
});
