import { expect, test } from "./fixtures";
import { expectAccessible } from "./accessibility";
import { runId, SignInPage } from "./pages/sign-in-page";
import { SolutionFormPage } from "./pages/solution-form-page";
import { member, screenshots } from "./members";

test.describe.configure({ timeout: 240_000 });

test("a leaving coordinator hands their solution to a colleague: the colleague can edit it, both get a mail, the audit log shows it", async ({ browser }) => {
  const leaverEmail = `uebergabe-anna-${runId}@fellbach.de`;
  const leaverName = `Anna Abschied ${runId}`;
  const successorEmail = `uebergabe-bert-${runId}@fellbach.de`;
  const successorName = `Bert Nachfolge ${runId}`;
  const title = `Hundesteuer online anmelden ${runId}`;

  const anna = await member(browser, leaverEmail, leaverName);
  await anna.goto("/solutions/new");
  await new SolutionFormPage(anna).fillBasics({ title, summary: "Hunde online an- und abmelden.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
  await anna.getByLabel("Umsetzungsstand").selectOption("live");
  await anna.getByLabel("OZG-Reifegrad").selectOption("3");
  await anna.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(anna.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const solutionPath = new URL(anna.url()).pathname;

  const bert = await member(browser, successorEmail, successorName);
  await bert.goto(solutionPath);
  await expect(bert.getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);

  await anna.goto("/settings/handover");
  await expect(anna.getByRole("heading", { level: 1, name: "Ich verlasse meine Kommune – meine Beiträge übergeben" })).toBeVisible();
  await expect(anna.getByRole("main")).toContainText("1 Umsetzungsbeispiel als Autorin oder Autor");
  await expectAccessible(anna);
  await screenshots(anna, "handover");

  await anna.getByLabel("Wer übernimmt?").selectOption({ label: successorName });
  await anna.getByRole("button", { name: "Beiträge übergeben" }).click();
  await expect(anna.getByText(`Wirklich alle Beiträge an ${successorName} übergeben?`)).toBeVisible();
  await expectAccessible(anna);
  await anna.getByRole("button", { name: "Ja, übergeben" }).click();
  const done = anna.getByRole("status").filter({ hasText: "Die Beiträge wurden übergeben." });
  await expect(done).toContainText("1 Umsetzungsbeispiel als Autorin oder Autor");
  await expectAccessible(anna);
  await screenshots(anna, "handover-done");

  // Bert now edits it as its author.
  await bert.goto(solutionPath);
  await expect(bert.getByRole("link", { name: "Bearbeiten" })).toBeVisible();

  const mails = new SignInPage(bert);
  await mails.expectMail(leaverEmail, `Ihre Beiträge wurden an ${successorName} übergeben`);
  await mails.expectMail(successorEmail, `Sie haben die Beiträge von ${leaverName} übernommen`);

  const admin = await member(browser, "e2e-admin@kommunalnetz.test", `Admin ${runId}`);
  // The admin reaches the same form for any member from the members list.
  await admin.goto(`/admin/members?q=${encodeURIComponent(leaverEmail)}`);
  await admin.getByRole("link", { name: `Beiträge von ${leaverName} übergeben` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Beiträge von ${leaverName} übergeben` })).toBeVisible();
  await expect(admin.getByRole("main")).toContainText("keine Umsetzungsbeispiele als Autorin oder Autor");
  await expectAccessible(admin);

  await admin.goto("/admin/audit");
  await admin.getByLabel("Aktion").selectOption({ label: "Inhalte übergeben" });
  await admin.getByLabel("Betroffenes Mitglied (Name oder E-Mail)").fill(leaverEmail);
  await admin.getByRole("button", { name: "Filtern" }).click();
  await expect(admin.getByRole("row").filter({ hasText: "Inhalte übergeben" })).toHaveCount(1);

  // Someone else's handover page does not exist for a member.
  const response = await bert.goto(`/settings/handover?from=${encodeURIComponent("x")}`);
  expect(response?.status()).toBe(404);
});

test("when the contact left, the solution says so and a member of the municipality takes over the contact", async ({ browser }) => {
  const leaverEmail = `kontakt-clara-${runId}@fellbach.de`;
  const colleagueEmail = `kontakt-dirk-${runId}@fellbach.de`;
  const colleagueName = `Dirk Übernahme ${runId}`;
  const title = `Sperrmüll-Termine online ${runId}`;

  const clara = await member(browser, leaverEmail, `Clara Kontakt ${runId}`);
  await clara.goto("/solutions/new");
  await new SolutionFormPage(clara).fillBasics({ title, summary: "Termine online buchen.", body: "## Umsetzung\n\nOnline.", service: "Hundehaltung" });
  await clara.getByLabel("Umsetzungsstand").selectOption("live");
  await clara.getByLabel("OZG-Reifegrad").selectOption("3");
  await clara.getByRole("group", { name: "Ansprechpartner" }).getByLabel("E-Mail", { exact: true }).fill(leaverEmail);
  await clara.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(clara.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const solutionPath = new URL(clara.url()).pathname;

  // Clara deletes her account: the contact that named her is gone.
  await clara.goto("/settings/privacy");
  await clara.getByRole("button", { name: "Konto löschen …" }).click();
  await clara.getByRole("button", { name: "Ja, Konto endgültig löschen" }).click();
  await expect(clara.getByRole("heading", { level: 1, name: "Konto gelöscht" })).toBeVisible();

  const dirk = await member(browser, colleagueEmail, colleagueName);
  await dirk.goto(solutionPath);
  await expect(dirk.getByText("Die Ansprechperson ist nicht mehr dabei")).toBeVisible();
  await expectAccessible(dirk);
  await dirk.getByRole("button", { name: "Ich übernehme die Ansprechpartnerschaft" }).click();
  // The page is rendered anew: it says so, the notice is gone and Dirk's address stands as the contact.
  await expect(dirk.getByRole("status").filter({ hasText: "Sie sind jetzt die Ansprechperson dieses Umsetzungsbeispiels." })).toBeVisible();
  await expect(dirk.getByText("Die Ansprechperson ist nicht mehr dabei")).toHaveCount(0);
  await expect(dirk.getByRole("link", { name: colleagueEmail })).toBeVisible();
});
