import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId } from "./pages/sign-in-page";
import { member, screenshots } from "./members";

test.describe.configure({ timeout: 240_000 });

test("a member describes what they know; another member finds them in the directory by software and district and sees their e-mail only while it is shown", async ({ browser }) => {
  const annaEmail = `profil-anna-${runId}@fellbach.de`;
  const annaName = `Anna Profil ${runId}`;
  const software = `Fachverfahren X ${runId}`;

  const anna = await member(browser, annaEmail, annaName);
  await anna.goto("/me");
  await anna.getByRole("link", { name: "Profil, Kontakt und Fachwissen" }).click();
  await expect(anna.getByRole("heading", { level: 1, name: "Profil, Kontakt und Fachwissen" })).toBeVisible();
  await expectAccessible(anna);

  // A malformed phone number: the message stands next to the field, everything typed stays.
  await anna.getByLabel("Über mich (optional)").fill("Ich koordiniere das OZG in Fellbach.\nFragen Sie mich zum Wohngeld.");
  await anna.getByLabel("Telefonnummer (optional)").fill("ruf mich an");
  await anna.getByLabel("Software und Fachverfahren, die Sie kennen (optional)").fill(`${software}\nFormularserver`);
  await anna.getByLabel(/^E-Mail-Adresse .* anderen Mitgliedern zeigen$/).check();
  await anna.getByRole("checkbox", { name: "Arbeit & Ruhestand" }).check();
  const picker = anna.getByRole("combobox", { name: "OZG-Leistungen, die Sie kennen (optional)" });
  await picker.fill("Wohngeld");
  await anna.getByRole("option", { name: /^Wohngeld/ }).first().click();
  await anna.getByRole("button", { name: "Speichern" }).click();
  await expect(anna.getByRole("alert").filter({ hasText: "Telefonnummer nur mit Ziffern" }).first()).toBeVisible();
  await expect(anna.locator("#phone-error")).toContainText("Telefonnummer nur mit Ziffern");
  await expect(anna.getByLabel("Software und Fachverfahren, die Sie kennen (optional)")).toHaveValue(`${software}\nFormularserver`);
  await expect(anna.getByLabel(/^E-Mail-Adresse .* anderen Mitgliedern zeigen$/)).toBeChecked();
  await expect(anna.getByRole("checkbox", { name: "Arbeit & Ruhestand" })).toBeChecked();
  await expect(anna.getByRole("list").filter({ hasText: /^Wohngeld/ })).toBeVisible();
  await expectAccessible(anna);
  await screenshots(anna, "profile-settings-error");

  await anna.getByLabel("Telefonnummer (optional)").fill("07151 501-123");
  await anna.getByRole("button", { name: "Speichern" }).click();
  await expect(anna.getByText("Gespeichert.")).toBeVisible();
  await expect(anna.getByLabel("Telefonnummer (optional)")).toHaveValue("07151 501-123");
  await screenshots(anna, "profile-settings");

  // Bert, of Waiblingen (same district), looks for someone who knows Fachverfahren X.
  const bert = await member(browser, `profil-bert-${runId}@waiblingen.de`, `Bert Sucher ${runId}`);
  await bert.getByRole("link", { name: "Mitglieder", exact: true }).click();
  await expect(bert.getByRole("heading", { level: 1, name: "Mitgliederverzeichnis" })).toBeVisible();
  await bert.getByLabel("Software oder Fachverfahren").fill(`fachverfahren x ${runId}`);
  await bert.getByRole("button", { name: "Suchen" }).click();
  await expect(bert.getByRole("status").filter({ hasText: "1 Mitglied gefunden" })).toBeVisible();
  await expect(bert.getByRole("link", { name: annaName })).toBeVisible();

  // By district: choose the state first, then the district (works without JavaScript, one GET each).
  await bert.getByLabel("Land", { exact: true }).selectOption({ label: "Baden-Württemberg" });
  await bert.getByRole("button", { name: "Suchen" }).click();
  await bert.getByLabel("Landkreis oder kreisfreie Stadt").selectOption("08119");
  await bert.getByLabel("Software oder Fachverfahren").fill("");
  await bert.getByLabel("OZG-Leistung", { exact: true }).selectOption({ label: "Wohngeld" });
  await bert.getByRole("button", { name: "Suchen" }).click();
  await expect(bert).toHaveURL(/district=08119/);
  await expect(bert.getByRole("link", { name: annaName })).toBeVisible();
  await expectAccessible(bert);
  await screenshots(bert, "members-directory");

  // The one search box in the header finds her too, in the members group, for verified members.
  await bert.getByRole("combobox", { name: "Alles durchsuchen" }).fill(software);
  await bert.getByRole("button", { name: "Suche starten" }).click();
  const group = bert.getByRole("region", { name: /^Mitglieder \(1 Treffer\)$/ });
  await expect(group.getByRole("link", { name: annaName })).toBeVisible();
  await group.getByRole("link", { name: "Den Treffer in Mitglieder anzeigen" }).click();
  await expect(bert.getByRole("heading", { level: 1, name: "Mitgliederverzeichnis" })).toBeVisible();
  await expect(bert.getByRole("link", { name: annaName })).toBeVisible();

  // Another district does not list her.
  await bert.goto(`/members?software=${encodeURIComponent(software)}&district=08111`);
  await expect(bert.getByRole("status").filter({ hasText: "Keine Mitglieder gefunden" })).toBeVisible();
  // A malformed parameter is a message, not an error page.
  const bad = await bert.goto(`/members?district=abc&page=0&software=${encodeURIComponent(software)}`);
  expect(bad?.status()).toBe(200);
  await expect(bert.getByRole("alert").filter({ hasText: "district" })).toBeVisible();
  await expect(bert.getByRole("link", { name: annaName })).toBeVisible();

  await bert.getByRole("link", { name: annaName }).click();
  await expect(bert.getByRole("heading", { level: 1, name: annaName })).toBeVisible();
  const main = bert.getByRole("main");
  await expect(main.getByRole("link", { name: annaEmail })).toHaveAttribute("href", `mailto:${annaEmail}`);
  await expect(main).not.toContainText("07151 501-123");
  await expect(main).toContainText(software);
  await expect(main).toContainText("Fragen Sie mich zum Wohngeld.");
  await expect(main.getByRole("link", { name: /^Wohngeld/ })).toBeVisible();
  await expectAccessible(bert);
  await screenshots(bert, "member-profile");
  const profilePath = new URL(bert.url()).pathname;

  // The same in English: the directory with a filter, and the profile.
  await bert.goto(`/en/members?software=${encodeURIComponent(software)}`);
  await expect(bert.getByRole("heading", { level: 1, name: "Members directory" })).toBeVisible();
  await expect(bert.getByRole("status").filter({ hasText: "1 member found" })).toBeVisible();
  await expect(bert.getByLabel("Name, role or software")).toBeVisible();
  await expectAccessible(bert);
  await bert.getByRole("main").getByRole("link", { name: annaName }).click();
  await expect(bert).toHaveURL(new RegExp(`/en${profilePath}$`));
  await expect(bert.getByRole("heading", { level: 1, name: annaName })).toBeVisible();
  await expect(bert.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(bert);
  await bert.goto(profilePath);

  // Anna hides her address again: Bert no longer sees it.
  // "Gespeichert." still stands from the first save: wait for this save's answer, not for the text.
  await anna.getByLabel(/^E-Mail-Adresse .* anderen Mitgliedern zeigen$/).uncheck();
  await Promise.all([
    anna.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.endsWith("/settings/profile")),
    anna.getByRole("button", { name: "Speichern" }).click(),
  ]);
  await expect(anna.getByText("Gespeichert.")).toBeVisible();
  await bert.reload();
  await expect(bert.getByRole("heading", { level: 1, name: annaName })).toBeVisible();
  await expect(bert.getByRole("main")).not.toContainText(annaEmail);

  // A pending member (no allowlisted domain) sees neither the directory nor the profile.
  const paula = await member(browser, `profil-paula-${runId}@example.org`, `Paula Wartend ${runId}`);
  await expect(paula.getByRole("link", { name: "Mitglieder", exact: true })).toHaveCount(0);
  for (const path of ["/members", profilePath]) {
    await paula.goto(path);
    await expect(paula.getByText("Nur für bestätigte Mitglieder")).toBeVisible();
    await expect(paula.getByRole("main")).not.toContainText(annaName);
  }
  await expectAccessible(paula);

  // Signed out: sign-in first.
  const anonymous = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await anonymous.goto("/members");
  await expect(anonymous).toHaveURL(/\/signin\?callbackUrl=%2Fmembers/);
});
