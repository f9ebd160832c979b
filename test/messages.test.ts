import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { globalErrorMessages } from "@/i18n/global-error-messages";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has every German key in English and no extra ones", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(de).sort());
  });

  it("gives the global error page the catalogue's texts (it keeps a copy to stay out of the catalogue)", () => {
    for (const [locale, messages] of [["de", de], ["en", en]] as const) {
      const { title, text, code, retry, home } = messages.layout.error;
      expect(globalErrorMessages[locale]).toEqual({ title, text, code, retry, home });
    }
  });
});
