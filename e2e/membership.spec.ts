import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";
import { member, screenshots } from "./members";

async function publish(page: Page, title: string) {
  await page.goto("/solutions/new");
  const form = new SolutionFormPage(page);
  await form.fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nMit Bescheid per Post.", service: "Hundehaltung" });
  await form.chooseImplementation({ status: "im Betrieb", maturity: "2 – Formular online" });
  await form.publish();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test.describe.configure({ timeout: 240_000 });

test.describe("joining the closed circle", () => {
  test("an address on the allowlist is a verified member at once and publishes; its municipality is fixed", async ({ browser }) => {
    const page = await member(browser, `sofort-${runId}@fellbach.de`, `Sofort ${runId}`);
    await publish(page, `Sofort veröffentlicht ${runId}`);
    await page.goto("/onboarding");
    await expect(page.getByText("Fellbach", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Ihre Kommune" })).toHaveCount(0);
    await expect(page.getByText("Wechsel nur über einen neuen Antrag.")).toBeVisible();
    await page.getByRole("link", { name: "Wechsel beantragen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mitgliedschaft beantragen" })).toBeVisible();
    await expect(page.getByText("Sie sind bestätigtes Mitglied für")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wechsel beantragen" })).toBeVisible();
  });

  test("another address applies on /join, a moderator approves, the applicant is mailed and publishes", async ({ browser }) => {
    const email = `antrag-${runId}@example.org`;
    const name = `Antrag ${runId}`;
    const applicant = await member(browser, email, name);

    // Pending: Fellbach's page gives the number of verified members, not their names (nor theirs).
    await applicant.goto("/municipalities/08119020");
    await expect(applicant.getByText(/^\d+ bestätigte Mitglieder\. Wer es ist, sehen bestätigte Mitglieder\.$/)).toBeVisible();
    await expect(applicant.getByRole("main").getByText(name)).toHaveCount(0);

    // Pending: the publish form explains why it is missing and links to the application.
    await applicant.goto("/solutions/new");
    await applicant.getByRole("link", { name: "Mitgliedschaft beantragen" }).click();
    await expect(applicant.getByRole("heading", { level: 1, name: "Mitgliedschaft beantragen" })).toBeVisible();
    await expectAccessible(applicant);
    await screenshots(applicant, "join-form");

    // A reason that is too short: the message stands next to the field and nothing typed is lost.
    await expect(applicant.getByRole("radio", { name: "eine Kommune" })).toBeChecked();
    await applicant.getByLabel("Ihre Funktion").fill("OZG-Koordinatorin");
    await applicant.getByLabel("Warum möchten Sie mitmachen?").fill("kurz");
    await applicant.getByRole("button", { name: "Antrag senden" }).click();
    await expect(applicant.getByText("Bitte schreiben Sie mindestens 10 Zeichen.").first()).toBeVisible();
    await expect(applicant.getByLabel("Ihre Funktion")).toHaveValue("OZG-Koordinatorin");
    await applicant.getByLabel("Warum möchten Sie mitmachen?").fill("Ich koordiniere die OZG-Umsetzung in Fellbach.");
    await applicant.getByRole("button", { name: "Antrag senden" }).click();
    await expect(applicant.getByRole("heading", { name: "Ihr offener Antrag" })).toBeVisible();
    await expect(applicant.getByText("In Prüfung")).toBeVisible();
    await expectAccessible(applicant);
    await screenshots(applicant, "join-open");

    // The e2e admin decides (admins moderate too).
    const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await admin.goto("/admin/applications");
    await expect(admin.getByRole("heading", { level: 1, name: "Mitgliedsanträge" })).toBeVisible();
    const item = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name }) });
    await expect(item.getByText(email)).toBeVisible();
    await expect(item.getByText("Ich koordiniere die OZG-Umsetzung in Fellbach.")).toBeVisible();
    await expectAccessible(admin);
    await screenshots(admin, "admin-applications");
    await item.getByRole("button", { name: `Bestätigen – ${name}` }).click();
    await expect(admin.getByText("Bestätigt. Die Person wurde per E-Mail informiert.")).toBeVisible();

    await new SignInPage(applicant).expectMail(email, "Ihr Antrag bei Kommunalnetz ist bestätigt");
    await applicant.goto("/join");
    await expect(applicant.getByText("Sie sind bestätigtes Mitglied für")).toBeVisible();
    await expect(applicant.getByText("Bestätigt", { exact: true })).toBeVisible();
    await publish(applicant, `Nach Antrag veröffentlicht ${runId}`);
  });

  test("tells members who do not moderate why they cannot decide applications or manage domains", async ({ browser }) => {
    const page = await member(browser, `kein-moderator-${runId}@fellbach.de`, `Kein Moderator ${runId}`);
    for (const path of ["/admin/applications", "/admin/domains"]) {
      await page.goto(path);
      await expect(page.getByText("Anträge und freigeschaltete Domains verwalten nur die Moderation und die Administration.")).toBeVisible();
      await expect(page.getByRole("button")).not.toContainText(["Bestätigen", "Entfernen"]);
    }
    await expectAccessible(page);
  });

  test("an admin allowlists a domain and a new person at it is verified at sign-in; removing it asks first", async ({ browser }) => {
    const domain = `rathaus-${runId}.de`;
    const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
    await admin.goto("/admin/domains");
    await expect(admin.getByRole("heading", { level: 1, name: "Freigeschaltete Domains" })).toBeVisible();
    await expect(admin.getByRole("rowheader", { name: "fellbach.de", exact: true })).toBeVisible();
    await expectAccessible(admin);

    // An address instead of a domain: a message, and the text stays.
    await admin.getByLabel("Domain", { exact: true }).fill(`jana@${domain}`);
    await admin.getByRole("button", { name: "Domain freischalten" }).click();
    await expect(admin.getByText("Bitte nur die Domain ohne „@“ eingeben").first()).toBeVisible();
    await expect(admin.getByLabel("Domain", { exact: true })).toHaveValue(`jana@${domain}`);

    await admin.getByLabel("Domain", { exact: true }).fill(domain.toUpperCase());
    const combo = admin.getByRole("combobox", { name: "Kommune" });
    await combo.fill("Waiblingen");
    await admin.getByRole("option", { name: /^Waiblingen, Stadt/ }).click();
    await admin.getByRole("button", { name: "Domain freischalten" }).click();
    await expect(admin.getByText("Die Domain ist freigeschaltet.")).toBeVisible();
    await expect(admin.getByRole("rowheader", { name: domain, exact: true })).toBeVisible();
    await screenshots(admin, "admin-domains");

    // The same domain again: a clear message.
    await admin.getByLabel("Domain", { exact: true }).fill(domain);
    await combo.fill("Waiblingen");
    await admin.getByRole("option", { name: /^Waiblingen, Stadt/ }).click();
    await admin.getByRole("button", { name: "Domain freischalten" }).click();
    await expect(admin.getByText("Diese Domain ist bereits freigeschaltet.").first()).toBeVisible();

    const newcomer = await member(browser, `neu-${runId}@${domain}`, `Neu ${runId}`);
    await newcomer.goto("/join");
    await expect(newcomer.getByText("Sie sind bestätigtes Mitglied für Waiblingen")).toBeVisible();

    // Removing asks first; "no" keeps it, "yes" removes it.
    const row = admin.getByRole("row", { name: new RegExp(domain) });
    await row.getByRole("button", { name: `Entfernen – ${domain}` }).click();
    await row.getByRole("button", { name: "Nein, behalten" }).click();
    await expect(admin.getByRole("rowheader", { name: domain, exact: true })).toBeVisible();
    await row.getByRole("button", { name: `Entfernen – ${domain}` }).click();
    await row.getByRole("button", { name: "Ja, entfernen" }).click();
    await expect(admin.getByRole("rowheader", { name: domain, exact: true })).toHaveCount(0);
  });
});
