import { expect, type Locator, type Page } from "@playwright/test";

/** What every form tells the member after a submit: the error summary on top, or a status message. */
export class FormFeedback {
  constructor(private readonly page: Page) {}

  get errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ has: this.page.getByRole("heading", { name: "Bitte prüfen Sie Ihre Eingaben" }) });
  }

  /** The summary took focus and lists this error as a link. */
  async expectErrorSummary(error: string | RegExp) {
    await expect(this.errorSummary).toBeFocused();
    await expect(this.errorSummary.getByRole("link", { name: error })).toBeVisible();
  }

  /** Following the summary's link for this error puts the keyboard on the field. */
  async followError(error: string | RegExp, field: Locator) {
    await this.errorSummary.getByRole("link", { name: error }).click();
    await expect(field).toBeFocused();
  }

  /** A success message (status line or flash after a redirect) that took focus. */
  async expectStatus(text: string | RegExp) {
    const status = this.page.getByRole("status").filter({ hasText: text });
    await expect(status).toBeVisible();
    // The flash alert is itself the status region; the status line of a form is focused as a whole.
    await expect(status).toBeFocused();
  }
}
