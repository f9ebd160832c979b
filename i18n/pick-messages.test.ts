import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import { pickMessages } from "./pick-messages";

describe("pickMessages", () => {
  it("keeps the nesting of namespaces and dotted paths, and nothing else", () => {
    const picked = pickMessages(de, ["layout", "solutions.detail", "solutions.form"]);
    expect(Object.keys(picked).sort()).toEqual(["layout", "solutions"]);
    expect(picked.layout).toEqual(de.layout);
    expect(Object.keys(picked.solutions as object).sort()).toEqual(["detail", "form"]);
    expect((picked.solutions as Record<string, unknown>).detail).toEqual(de.solutions.detail);
  });

  it("refuses a key that names no messages", () => {
    expect(() => pickMessages(de, ["solutions.nope"])).toThrow(/solutions\.nope/);
    expect(() => pickMessages(de, ["layout.brand.deeper"])).toThrow();
  });
});
