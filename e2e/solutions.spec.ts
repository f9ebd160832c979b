import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

/** `domain` is on the municipality's allowlist, so the member is verified at sign-in and may publish. */
async function newMember(browser: Browser, label: string, municipality: { typed: string; option: RegExp; domain: string }): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  const email = `${label}-${runId}@${municipality.domain}`;
  await signIn.requestLink(email);
  await signIn.openLinkFromOutbox(email);
  await signIn.completeProfile(`${label} ${runId}`, municipality.typed, municipality.option);
  await expect(page.getByRole("banner").getByRole("link", { name: /Angemeldet als/ })).toBeVisible();
  return page;
}

// Whole journeys with several members signing in take longer than a single page check.
test.describe.configure({ timeout: 180_000 });

test.describe("solutions catalogue", () => {
  test("publish, find by stem and typo, edit with revision, reuse elsewhere, and refuse a concurrent edit", async ({ browser }) => {
    const author = await newMember(browser, "autorin", { typed: "Felbach", option: /^Fellbach, Stadt/, domain: "fellbach.de" });
    const title = `Hundesteueranträge digital ${runId}`;

    // Publish, first with a mistake: the error sits next to the field and nothing typed is lost.
    await author.goto("/solutions/new");
    await expectAccessible(author);
    const form = new SolutionFormPage(author);
    await form.fillBasics({
      title: "Hund",
      summary: "Hundesteuer-Anmeldung komplett online, mit Bescheid per Post.",
      body: "## Umsetzung\n\nWir haben den Antrag <script>alert(1)</script> digitalisiert.",
      service: "Hundehaltung",
    });
    await form.chooseImplementation({ status: "im Betrieb", maturity: "2 – Formular online" });
    await form.publish();
    await form.expectFieldError("Titel", "mindestens 5 Zeichen");
    await expect(author.getByLabel("Kurzbeschreibung")).toHaveValue("Hundesteuer-Anmeldung komplett online, mit Bescheid per Post.");
    await expect(author.getByText("Hundehaltung (10160)")).toBeVisible();
    await expectAccessible(author);
    await author.getByLabel("Titel", { exact: true }).fill(title);
    await form.publish();
    await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const url = author.url();
    const slug = new URL(url).pathname.split("/solutions/")[1]!;
    await expect(author.locator(".markdown")).toContainText("Wir haben den Antrag");
    expect(await author.locator(".markdown script").count()).toBe(0);
    await expectAccessible(author);

    // Find it with a stemmed word and with a typo.
    await author.goto(`/solutions?q=${encodeURIComponent(`Hundesteuerantrag ${runId}`)}`);
    await expect(author.getByRole("link", { name: title, exact: true })).toBeVisible();
    await expectAccessible(author);
    await author.goto(`/solutions?q=${encodeURIComponent(`Hundesteueranträg digitl ${runId}`)}`);
    await expect(author.getByRole("link", { name: title, exact: true })).toBeVisible();

    // Edit and see the revision.
    await author.goto(`/solutions/${slug}/edit`);
    await author.getByLabel("Kurzbeschreibung").fill("Hundesteuer-Anmeldung komplett online, Bescheid digital.");
    await author.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(author.getByText("Hundesteuer-Anmeldung komplett online, Bescheid digital.")).toBeVisible();
    await author.goto(`/solutions/${slug}/history`);
    await expect(author.getByRole("heading", { name: /Version 2/ })).toBeVisible();
    await expect(author.getByRole("cell", { name: "Bescheid digital." , exact: false })).toBeVisible();
    await expectAccessible(author);

    // A member of another municipality marks a reuse.
    const peer = await newMember(browser, "nachnutzer", { typed: "Waiblingen", option: /^Waiblingen, Stadt/, domain: "waiblingen.de" });
    await peer.goto(`/solutions/${slug}`);
    await expect(peer.getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);
    await peer.getByLabel("Stand der Nachnutzung").selectOption("in_progress");
    await peer.getByRole("button", { name: "Nachnutzung speichern" }).click();
    await expect(peer.getByText("Gespeichert: Ihre Kommune ist bei der Nachnutzung eingetragen.")).toBeVisible();
    await expect(peer.getByRole("region", { name: "Nachnutzung" }).getByRole("link", { name: "Waiblingen" })).toBeVisible();
    await expectAccessible(peer);
    // … and takes it back: the municipality leaves the list.
    await peer.getByRole("button", { name: "Nachnutzung zurückziehen" }).click();
    await peer.getByRole("button", { name: "Ja, Nachnutzung zurückziehen" }).click();
    await expect(peer.getByRole("region", { name: "Nachnutzung" }).getByRole("link", { name: "Waiblingen" })).toHaveCount(0);
    await expect(peer.getByText("Noch hat keine Kommune angegeben, diese Lösung nachzunutzen.")).toBeVisible();
    await peer.getByRole("button", { name: "Nachnutzung speichern" }).click();
    await expect(peer.getByRole("region", { name: "Nachnutzung" }).getByRole("link", { name: "Waiblingen" })).toBeVisible();
    await peer.goto(`/solutions/${slug}/edit`);
    await expect(peer.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();

    // Two tabs of the author edit at once: the second save is refused and keeps its text.
    const second = await author.context().newPage();
    await author.goto(`/solutions/${slug}/edit`);
    await second.goto(`/solutions/${slug}/edit`);
    await author.getByLabel("Titel", { exact: true }).fill(`${title} (Tab 1)`);
    await author.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(author.getByRole("heading", { level: 1, name: `${title} (Tab 1)` })).toBeVisible();
    await second.getByLabel("Kurzbeschreibung").fill("Meine Fassung aus dem zweiten Tab.");
    await second.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "Jemand anderes hat diese Lösung inzwischen geändert" })).toBeVisible();
    await expect(second.getByLabel("Kurzbeschreibung")).toHaveValue("Meine Fassung aus dem zweiten Tab.");
    await expect(second.getByRole("cell", { name: `${title} (Tab 1)` })).toBeVisible();
    await expectAccessible(second);
  });

  test("lists, filters and shows the seeded demo solutions without signing in", async ({ page }) => {
    await page.goto("/solutions?state=08&sort=reused");
    await expect(page.getByRole("heading", { name: /Umsetzungsbeispiele? gefunden/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/solutions?maturity=9&pageSize=abc");
    await expect(page.getByText("Der Reifegrad liegt zwischen 0 und 4.")).toBeVisible();
    await expect(page.getByText("Die Seitengröße muss zwischen 1 und 100 liegen.")).toBeVisible();
  });

  test("sends a signed-out visitor from the publish page to sign-in", async ({ page }) => {
    await page.goto("/solutions/new");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsolutions%2Fnew/);
  });
});
