import { describe, expect, it } from "vitest";
import { z } from "zod";
import { effortDays, hasControlCharacters, isSlug, money, pageParams, parseGermanInteger, queryText, serviceId, themenfeldId, optional } from "./validation";

const EURO = /€|euro|eur/;

describe("parseGermanInteger", () => {
  it.each([
    ["2000", 2000],
    ["2.000", 2000],
    ["4.500", 4500],
    ["1.250.000", 1_250_000],
    ["2 000", 2000],
    ["2\u202f000", 2000],
    ["2.000,00", 2000],
    ["2.000,-", 2000],
    ["0", 0],
  ])("reads %s as %d", (text, value) => {
    expect(parseGermanInteger(text)).toEqual({ ok: true, value });
  });

  it.each(["2.000 €", "€ 2.000", "2000€", "2.000 EUR", "2.000 Euro"])("accepts the euro sign or word in %s", (text) => {
    expect(parseGermanInteger(text, EURO)).toEqual({ ok: true, value: 2000 });
  });

  it.each(["1.500,50", "2,5", "2,000"])("refuses the fraction in %s instead of rounding it", (text) => {
    expect(parseGermanInteger(text)).toEqual({ ok: false, reason: "fraction" });
  });

  it.each(["2.5", "20.00", "1.5000", "1e3", "0x10", "abc", "2.000.", "1,5,0", "2.000 €"])("refuses the malformed %s", (text) => {
    expect(parseGermanInteger(text)).toEqual({ ok: false, reason: "format" });
  });
});

describe("money", () => {
  const schema = z.object({ cost: money("errors.solutions.costInvalid") });
  it("stores 2.000 as two thousand euros", () => {
    expect(schema.parse({ cost: "2.000" })).toEqual({ cost: 2000 });
    expect(schema.parse({ cost: "2.000 €" })).toEqual({ cost: 2000 });
    expect(schema.parse({ cost: "" })).toEqual({});
  });
  it("refuses cents with its own message and a malformed amount with the field's", () => {
    expect(schema.safeParse({ cost: "1.500,50" }).error?.issues.map((i) => i.message)).toEqual(["errors.input.amountFraction"]);
    expect(schema.safeParse({ cost: "2.5" }).error?.issues.map((i) => i.message)).toEqual(["errors.solutions.costInvalid"]);
    expect(schema.safeParse({ cost: "200.000.000" }).error?.issues.map((i) => i.message)).toEqual(["errors.solutions.costInvalid"]);
    expect(schema.safeParse({ cost: "-5" }).error?.issues.map((i) => i.message)).toEqual(["errors.solutions.costInvalid"]);
  });
  it("reads effort the same way, in person-days", () => {
    const effort = z.object({ days: effortDays("errors.solutions.effortInvalid") });
    expect(effort.parse({ days: "1.500" })).toEqual({ days: 1500 });
    expect(effort.safeParse({ days: "12,5" }).error?.issues.map((i) => i.message)).toEqual(["errors.input.effortFraction"]);
  });
});

describe("control characters in typed text", () => {
  it("allows tab, LF and CR only in multi-line text", () => {
    for (const text of ["a\u0000", "\u0007", "\u001b[0m", "\u007f", "\u0085", "\u000b"]) {
      expect(hasControlCharacters(text)).toBe(true);
      expect(hasControlCharacters(text, { multiLine: true })).toBe(true);
    }
    expect(hasControlCharacters("Zeile 1\r\n\tZeile 2")).toBe(true);
    expect(hasControlCharacters("Zeile 1\r\n\tZeile 2", { multiLine: true })).toBe(false);
    expect(hasControlCharacters("Straße „Über“ – 2.000 € ✓")).toBe(false);
  });
});

describe("query rules", () => {
  it("refuses NUL and other control characters in search text", () => {
    const q = queryText(100);
    for (const text of ["\u0000", "Hunde\u0000", "a\u0007b", "x\u009fy"]) {
      expect(q.safeParse(text).error?.issues[0]?.message).toBe("errors.input.controlCharacters");
    }
    expect(q.parse("  Hundesteuer ")).toBe("Hundesteuer");
    expect(q.parse("")).toBeUndefined();
  });

  it("refuses numbers beyond Postgres' integer range", () => {
    expect(optional(themenfeldId()).safeParse("99999999999").success).toBe(false);
    expect(optional(themenfeldId()).safeParse("2147483647").success).toBe(true);
    expect(serviceId().safeParse("100000").success).toBe(false);
    const pages = z.object(pageParams);
    expect(pages.safeParse({ page: "99999999999" }).error?.issues[0]?.message).toBe("errors.pageInvalid");
    expect(pages.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it("has one slug rule for pages and API", () => {
    expect(isSlug("wohngeld-online")).toBe(true);
    for (const bad of ["-a", "a--b", "A", "a_b", "a".repeat(121)]) expect(isSlug(bad)).toBe(false);
  });
});
