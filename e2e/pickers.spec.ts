import { expect, test } from "./fixtures";
import { runId, SignInPage } from "./pages/sign-in-page";

test.describe("search-as-you-type pickers", () => {
  test("chooses nothing until the member does: ArrowDown then Enter takes the first town, not the second", async ({ page, browser }) => {
    const signIn = new SignInPage(page);
    // Not on the allowlist: a pending member names their municipality (a verified one's is fixed).
    const email = `picker-${runId}@example.de`;
    await signIn.requestLink(email);
    await signIn.openLinkFromOutbox(email);
    await expect(page.getByRole("heading", { name: "Willkommen bei Kommunalnetz" })).toBeVisible();

    const combo = page.getByRole("combobox", { name: "Ihre Kommune" });
    await combo.fill("Fellbach");
    const first = page.getByRole("option").first();
    await expect(first).toBeVisible();
    // The list is open, but no option is chosen or active yet.
    await expect(page.getByRole("option", { selected: true })).toHaveCount(0);
    await expect(combo).not.toHaveAttribute("aria-activedescendant", /.+/);
    const firstName = (await first.innerText()).split(" (")[0]!;

    await combo.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await combo.press("Enter");
    await expect(combo).toHaveValue(new RegExp(`^${firstName} \\(`));

    await page.getByLabel("Anzeigename").fill(`Picker ${runId}`);
    await page.getByRole("button", { name: "Speichern und weiter" }).click();
    await expect(page.getByRole("link", { name: `Angemeldet als Picker ${runId}` })).toBeVisible();

    // The service picker is for verified members (the publish form): an allowlisted address.
    const author = await (await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" })).newPage();
    await new SignInPage(author).signUp(`picker-autor-${runId}@fellbach.de`, `Picker Autor ${runId}`);
    await author.goto("/solutions/new");

    // Enter on a half-typed word adds no service and does not send the form.
    const services = author.getByRole("combobox", { name: "OZG-Leistungen" });
    await services.fill("Hunde");
    await expect(author.getByRole("option").first()).toBeVisible();
    await services.press("Enter");
    await expect(author.getByText("Noch keine Leistung ausgewählt.")).toBeVisible();
    await expect(author.locator('input[type="hidden"][name="serviceIds"]')).toHaveCount(0);
    await expect(author).toHaveURL(/\/solutions\/new$/);
    await expect(author.getByLabel("Titel", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  });
});
