import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";

test.describe.configure({ timeout: 180_000 });

test("a member downloads their data, deletes their account, and their solution shows 'ehemaliges Mitglied'", async ({ page }) => {
  const email = `privacy-${runId}@fellbach.de`;
  const name = `Dora Datenschutz ${runId}`;
  const title = `Sperrmüll online anmelden ${runId}`;
  await new SignInPage(page).signUp(email, name);

  await page.goto("/solutions/new");
  await new SolutionFormPage(page).fillBasics({ title, summary: "Termin für die Sperrmüllabholung online buchen.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
  await page.getByLabel("Umsetzungsstand").selectOption("live");
  await page.getByLabel("OZG-Reifegrad").selectOption("3");
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const solutionPath = new URL(page.url()).pathname;

  // From "Mein Kommunalnetz" to the privacy page.
  await page.goto("/me");
  await page.getByRole("link", { name: "Meine Daten und Konto löschen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meine Daten" })).toBeVisible();
  await expectAccessible(page);

  // The download: a JSON file with the profile and the solution.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Meine Daten herunterladen (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kommunalnetz-meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.member.email).toBe(email);
  expect(data.member.name).toBe(name);
  expect(data.tables["solutions.author_id"].map((s: { title: string }) => s.title)).toContain(title);
  expect(JSON.stringify(data)).not.toContain("session_token");

  // Deleting asks first; "no" keeps everything.
  await page.getByRole("button", { name: "Konto löschen …" }).click();
  await expect(page.getByText("Wollen Sie Ihr Konto und Ihre personenbezogenen Daten jetzt endgültig löschen?")).toBeVisible();
  await page.getByRole("button", { name: "Nein, Konto behalten" }).click();
  await expect(page.getByRole("button", { name: "Konto löschen …" })).toBeVisible();
  await page.getByRole("button", { name: "Konto löschen …" }).click();
  await page.getByRole("button", { name: "Ja, Konto endgültig löschen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Konto gelöscht" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /Angemeldet als/ })).toHaveCount(0);
  await expectAccessible(page);

  // The solution stays with Fellbach, without the name.
  await page.goto(solutionPath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("ehemaliges Mitglied");
  await expect(page.getByRole("main")).not.toContainText(name);

  // The privacy page is for signed-in members only; the download leads to sign-in.
  await page.goto("/settings/privacy/export");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings%2Fprivacy$/);
});

test("the footer leads to the imprint, the privacy notice and the accessibility statement, filled in from configuration", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Impressum" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impressum" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Kommunalnetz-Testbetrieb (e2e)");
  await expect(page.getByRole("main")).toContainText("00000 Prüfstadt");
  await expectAccessible(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Datenschutz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" })).toBeVisible();
  await expect(page.getByRole("link", { name: "betrieb@kommunalnetz.test" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Meine Daten herunterladen oder Konto löschen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Barrierefreiheit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" })).toBeVisible();
  await expect(page.getByRole("link", { name: "barrierefrei@kommunalnetz.test" })).toHaveAttribute("href", "mailto:barrierefrei@kommunalnetz.test");
  // Not configured: the page names the kind of body instead of inventing one.
  await expect(page.getByRole("main")).toContainText("Ombudsstelle für barrierefreie Informationstechnik des Bundeslandes");
  await expectAccessible(page);

  await page.goto("/en/about/accessibility");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
});
