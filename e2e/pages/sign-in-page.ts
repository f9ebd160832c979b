import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "../accessibility";
import { withAddressLock } from "../address-lock";

export const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** The outbox page with only the mails to one address (other workers' mails cannot push them out). */
export const outboxOf = (email: string) => `/dev/mail?to=${encodeURIComponent(email)}`;

// Every member of every test signs up through the same three pages. Each page state is checked with
// axe the first time this worker shows it; checking the same page again on each sign-up (three pages,
// two widths, ~60 sign-ups) cost minutes of the suite and found nothing new.
const checked = new Set<string>();
async function expectAccessibleOnce(page: Page, state: string) {
  if (checked.has(state)) return;
  await expectAccessible(page);
  checked.add(state);
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async requestLink(email: string) {
    await this.page.goto("/signin");
    await expectAccessibleOnce(this.page, "signin");
    await this.page.getByLabel("E-Mail-Adresse").fill(email);
    await this.page.getByRole("button", { name: "Anmeldelink senden" }).click();
    await expect(this.page.getByRole("heading", { name: "Bitte prüfen Sie Ihr Postfach" })).toBeVisible();
  }

  /** Opens the newest sign-in link sent to this address, as listed in the dev outbox. */
  async openLinkFromOutbox(email: string) {
    await this.page.goto(outboxOf(email));
    await expectAccessibleOnce(this.page, "outbox");
    const mail = this.page.getByRole("article").filter({ hasText: email }).first();
    const href = await mail.getByRole("link", { name: /api\/auth\/callback\/email/ }).getAttribute("href");
    expect(href).toBeTruthy();
    await this.page.goto(href!);
  }

  async completeProfile(name: string, municipalityTyped: string, municipalityOption: RegExp) {
    await expect(this.page.getByRole("heading", { name: "Willkommen bei Kommunalnetz" })).toBeVisible();
    await this.page.getByLabel("Anzeigename").fill(name);
    // An address on the allowlist made a verified member at sign-in: the municipality is fixed, no picker.
    const combo = this.page.getByRole("combobox", { name: "Ihre Kommune" });
    const picksMunicipality = (await combo.count()) > 0;
    await expectAccessibleOnce(this.page, picksMunicipality ? "onboarding" : "onboarding-verified");
    if (picksMunicipality) {
      await combo.fill(municipalityTyped);
      await this.page.getByRole("option", { name: municipalityOption }).click();
    } else {
      await expect(this.page.getByText("Wechsel nur über einen neuen Antrag.")).toBeVisible();
    }
    await this.page.getByRole("button", { name: "Speichern und weiter" }).click();
  }

  /** Polls the outbox until a mail to this address with this subject has arrived (jobs run in the background). */
  async expectMail(email: string, subject: string | RegExp) {
    await expect(async () => {
      await this.page.goto(outboxOf(email));
      await expect(this.page.getByRole("article").filter({ hasText: email }).getByRole("heading", { name: subject })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
  }

  /**
   * The same request for a link and the same link, by HTTP from the browser context (its cookies)
   * instead of drawing the sign-in, inbox and outbox pages: Auth.js' own endpoint, behind the same
   * limits as the form. The pages themselves are walked through once per worker (and in sign-in.spec).
   */
  async openLinkByRequest(email: string) {
    const request = this.page.context().request;
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const sent = await request.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: "/onboarding?next=%2F" }, maxRedirects: 0 });
    expect(sent.status(), "Auth.js answers a link request with a redirect to the inbox page").toBe(302);
    const outbox = await (await request.get(outboxOf(email))).text();
    const href = outbox.match(/href="([^"]*\/api\/auth\/callback\/email[^"]*)"/)?.[1]?.replaceAll("&amp;", "&");
    expect(href, `a sign-in link to ${email} in the outbox`).toBeTruthy();
    // Next.js' NextURL (which Auth.js' route handler builds its request URL with) writes a loopback
    // host as "localhost"; the suite's origin is 127.0.0.1, so the link goes back to that origin.
    const link = new URL(href!);
    await this.page.goto(`${link.pathname}${link.search}`);
  }

  /** The whole first sign-in of a new member. */
  async signUp(email: string, name: string) {
    // Fixed addresses (the e2e admin and organiser) sign in from every worker: two links to one
    // address could cross (a worker opened the other's link), so they ask and open one worker at a
    // time, through the pages. Addresses of this run are one worker's own.
    if (checked.has("signin") && checked.has("outbox") && email.includes(runId)) {
      await this.openLinkByRequest(email);
    } else if (email.includes(runId)) {
      await this.requestLink(email);
      await this.openLinkFromOutbox(email);
    } else {
      await withAddressLock(email, async () => {
        await this.requestLink(email);
        await this.openLinkFromOutbox(email);
      });
    }
    // A returning member (fixed addresses such as the admin's) goes straight past the profile form.
    const isNew = new URL(this.page.url()).pathname.startsWith("/onboarding");
    if (isNew) await this.completeProfile(name, "Felbach", /^Fellbach, Stadt/);
    await expect(this.page.getByRole("link", { name: isNew ? `Angemeldet als ${name}` : /^Angemeldet als / })).toBeVisible();
  }
}
