import { describe, expect, it } from "vitest";
import { hyphenate } from "./hyphenate";

describe("hyphenate", () => {
  it("puts soft hyphens into long German words only, at syllable breaks", () => {
    expect(hyphenate("Was die Nachbarkommune schon digitalisiert hat", "de")).toBe("Was die Nach\u00adbar\u00adkom\u00admu\u00adne schon di\u00adgi\u00adta\u00adli\u00adsiert hat");
  });

  it("follows English rules on English pages and leaves the visible text unchanged", () => {
    const text = hyphenate("Implementation examples", "en");
    expect(text).toContain("\u00ad");
    expect(text.replaceAll("\u00ad", "")).toBe("Implementation examples");
  });
});
