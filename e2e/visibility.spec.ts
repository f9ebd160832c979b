import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

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

async function publishSolution(page: Page, { title, visibility, contact }: { title: string; visibility: "Öffentlich" | "Nur für Mitglieder"; contact: string }) {
  await page.goto("/solutions/new");
  const form = new SolutionFormPage(page);
  await form.fillBasics({ title, summary: "Anmeldung der Hundesteuer vollständig online.", body: "## Umsetzung\n\nMit Bescheid per Post.", service: "Hundehaltung" });
  await form.chooseImplementation({ status: "im Betrieb", maturity: "2 – Formular online" });
  await page.getByLabel("Name oder Stelle").fill(contact);
  await page.getByRole("radio", { name: visibility, exact: true }).check();
  await form.publish();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split("/solutions/")[1]!;
}

test.describe.configure({ timeout: 180_000 });

test.describe("visibility", () => {
  test("a network solution is invisible when signed out; a public one shows 'Nur für Mitglieder' instead of its contact", async ({ browser }) => {
    // An allowlisted address: a verified member of Fellbach at once.
    const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const author = await context.newPage();
    await new SignInPage(author).signUp(`sichtbarkeit-${runId}@fellbach.de`, `Sichtbarkeit ${runId}`);

    // The form's Sichtbarkeit part: public by default, the contact ticked as members-only.
    await author.goto("/solutions/new");
    const visibility = author.getByRole("group", { name: "Sichtbarkeit" });
    await expect(visibility.getByRole("radio", { name: "Öffentlich", exact: true })).toBeChecked();
    await expect(visibility.getByRole("checkbox", { name: "Ansprechpartner" })).toBeChecked();
    await expect(visibility.getByRole("checkbox", { name: "Kosten" })).not.toBeChecked();
    await expectAccessible(author);
    await screenshots(author, "visibility-form", visibility);

    const networkTitle = `Nur im Netzwerk ${runId}`;
    const publicTitle = `Öffentlich mit Kontakt ${runId}`;
    const contact = `Bürgerbüro Fellbach ${runId}`;
    const network = await publishSolution(author, { title: networkTitle, visibility: "Nur für Mitglieder", contact });
    const open = await publishSolution(author, { title: publicTitle, visibility: "Öffentlich", contact });
    // The author (a verified member) sees the contact.
    await expect(author.getByText(contact)).toBeVisible();
    await author.goto(`/solutions/${network}`);
    await expect(author.getByRole("heading", { level: 1, name: networkTitle })).toBeVisible();

    // Signed out: the network solution is a 404 like any unknown address, and listed nowhere.
    const anonymous = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
    const response = await anonymous.goto(`/solutions/${network}`);
    expect(response?.status()).toBe(404);
    await expect(anonymous.getByText(networkTitle)).toHaveCount(0);
    await anonymous.goto(`/solutions?q=${encodeURIComponent(runId)}`);
    await expect(anonymous.getByRole("link", { name: publicTitle, exact: true })).toBeVisible();
    await expect(anonymous.getByRole("link", { name: networkTitle })).toHaveCount(0);
    const feed = await (await anonymous.request.get("/activity.atom")).text();
    expect(feed).toContain(publicTitle);
    expect(feed).not.toContain(networkTitle);
    const api = await anonymous.request.get(`/api/v1/solutions/${network}`);
    expect(api.status()).toBe(404);

    // The public one: its contact is members-only, so a note with a sign-in link stands in its place.
    await anonymous.goto(`/solutions/${open}`);
    const contactSection = anonymous.getByRole("region", { name: "Ansprechpartner" }).or(anonymous.locator("section[aria-labelledby='contact-title']"));
    await expect(contactSection.getByText("Nur für Mitglieder sichtbar.")).toBeVisible();
    await expect(contactSection.getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", new RegExp(`callbackUrl=%2Fsolutions%2F${open}`));
    await expect(anonymous.getByText(contact)).toHaveCount(0);
    await expectAccessible(anonymous);
    await screenshots(anonymous, "visibility-redacted-detail");
    await context.close();
  });
});
