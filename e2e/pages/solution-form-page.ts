import { expect, type Page } from "@playwright/test";

/** The publish/edit form, driven by labels as a member would. */
export class SolutionFormPage {
  constructor(private readonly page: Page) {}

  async fillBasics({ title, summary, body, service }: { title: string; summary: string; body: string; service: string }) {
    await this.page.getByLabel("Titel", { exact: true }).fill(title);
    await this.page.getByLabel("Kurzbeschreibung").fill(summary);
    const picker = this.page.getByRole("combobox", { name: "OZG-Leistungen" });
    await picker.fill(service);
    await this.page.getByRole("option", { name: new RegExp(`^${service}`) }).first().click();
    await this.page.getByLabel("Beschreibung (Markdown)").fill(body);
  }

  /** Status and maturity start empty (nothing is guessed) and must be chosen. */
  async chooseImplementation({ status, maturity }: { status: string; maturity: string }) {
    await this.page.getByLabel("Umsetzungsstand").selectOption({ label: status });
    await this.page.getByLabel("OZG-Reifegrad").selectOption({ label: maturity });
  }

  get status() {
    return this.page.getByLabel("Umsetzungsstand");
  }

  get maturity() {
    return this.page.getByLabel("OZG-Reifegrad");
  }

  link(n: number) {
    return { kind: this.page.getByLabel(`Art des Links ${n}`), url: this.page.getByLabel(`Adresse von Link ${n}`) };
  }

  async publish() {
    await this.page.getByRole("button", { name: "Veröffentlichen" }).click();
  }

  async expectFieldError(label: string, message: string | RegExp) {
    const field = this.page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    await expect(this.page.locator(`[id="${errorId}"]`)).toContainText(message);
  }
}
