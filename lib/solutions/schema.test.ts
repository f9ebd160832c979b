import { describe, expect, it } from "vitest";
import { solutionInput, solutionSearchInput } from "./schema";
import { nextFreeSlug, slugify } from "./slug";

const valid = {
  title: "Wohngeld online beantragen",
  summary: "Digitaler Wohngeldantrag mit Nachweis-Upload.",
  serviceIds: ["10092"],
  municipalityAgs: "08119020",
  status: "live",
  maturity: "3",
};

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]));
}

describe("solutionInput", () => {
  it("accepts a minimal submission and fills the defaults", () => {
    const input = solutionInput.parse(valid);
    expect(input).toMatchObject({ serviceIds: [10092], maturity: 3, body: "", isOpenSource: false, tags: [], links: [], intent: "draft" });
    expect(input.software).toBeUndefined();
  });

  it("rejects a 200 kB body with its own message key", () => {
    const result = solutionInput.safeParse({ ...valid, body: "ä".repeat(200_000) });
    expect(messagesOf(result)).toEqual({ body: "errors.solutions.bodyTooLong" });
  });

  it("accepts a body of exactly 100 000 characters", () => {
    expect(solutionInput.safeParse({ ...valid, body: "x".repeat(100_000) }).success).toBe(true);
  });

  it("reports every missing required field at once", () => {
    expect(messagesOf(solutionInput.safeParse({}))).toEqual({
      title: "errors.solutions.titleTooShort",
      summary: "errors.solutions.summaryRequired",
      serviceIds: "errors.solutions.serviceRequired",
      municipalityAgs: "errors.solutions.municipalityRequired",
      status: "errors.solutions.statusRequired",
      maturity: "errors.solutions.maturityRequired",
    });
  });

  it("requires a status and a maturity instead of guessing them (the form starts with both empty)", () => {
    expect(messagesOf(solutionInput.safeParse({ ...valid, status: "", maturity: "" }))).toEqual({
      status: "errors.solutions.statusRequired",
      maturity: "errors.solutions.maturityRequired",
    });
  });

  it("rejects a title shorter than five or longer than 160 characters", () => {
    expect(messagesOf(solutionInput.safeParse({ ...valid, title: "  Kfz " }))).toEqual({ title: "errors.solutions.titleTooShort" });
    expect(messagesOf(solutionInput.safeParse({ ...valid, title: "x".repeat(161) }))).toEqual({ title: "errors.solutions.titleTooLong" });
  });

  it("rejects a summary over 500 characters, a maturity of 5 and a malformed AGS", () => {
    const result = solutionInput.safeParse({ ...valid, summary: "x".repeat(501), maturity: "5", municipalityAgs: "8119020" });
    expect(messagesOf(result)).toEqual({
      summary: "errors.solutions.summaryTooLong",
      maturity: "errors.solutions.maturityRange",
      municipalityAgs: "errors.solutions.municipalityInvalid",
    });
  });

  it("reads service ids from a comma-separated field and drops duplicates", () => {
    expect(solutionInput.parse({ ...valid, serviceIds: "10092, 10173,10092" }).serviceIds).toEqual([10092, 10173]);
    expect(messagesOf(solutionInput.safeParse({ ...valid, serviceIds: "abc" }))).toEqual({ "serviceIds.0": "errors.solutions.serviceInvalid" });
    expect(messagesOf(solutionInput.safeParse({ ...valid, serviceIds: "" }))).toEqual({ serviceIds: "errors.solutions.serviceRequired" });
  });

  it("accepts only http and https URLs on a real host", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.de/x", "http://intranet/app"]) {
      const result = solutionInput.safeParse({ ...valid, repositoryUrl: url, links: [{ kind: "website", url }] });
      expect(messagesOf(result)).toEqual({ repositoryUrl: "errors.solutions.urlInvalid", "links.0.url": "errors.solutions.urlInvalid" });
    }
    const ok = solutionInput.parse({ ...valid, repositoryUrl: "https://gitlab.opencode.de/x/y" });
    expect(ok.repositoryUrl).toBe("https://gitlab.opencode.de/x/y");
  });

  it("drops empty link rows and rejects an unknown link kind", () => {
    const input = solutionInput.parse({
      ...valid,
      links: [
        { kind: "website", url: "", label: "" },
        { kind: "efa_marketplace", url: "https://marktplatz.example.de/wohngeld" },
      ],
    });
    expect(input.links).toEqual([{ kind: "efa_marketplace", url: "https://marktplatz.example.de/wohngeld" }]);
    expect(messagesOf(solutionInput.safeParse({ ...valid, links: [{ kind: "blog", url: "https://a.de" }] }))).toEqual({
      "links.0.kind": "errors.solutions.linkKindInvalid",
    });
  });

  it("rejects a cost range whose minimum exceeds its maximum, together with other field errors", () => {
    const result = solutionInput.safeParse({ ...valid, title: "Kfz", costOneOffMin: "5000", costOneOffMax: "1000", costYearlyMin: "1200", costYearlyMax: "1200" });
    expect(messagesOf(result)).toEqual({ title: "errors.solutions.titleTooShort", costOneOffMax: "errors.solutions.costRangeInvalid" });
  });

  it("rejects negative or fractional figures for cost and effort", () => {
    const result = solutionInput.safeParse({ ...valid, costYearlyMin: "-1", costOneOffMax: "abc", effortPersonDays: "1.5" });
    expect(messagesOf(result)).toEqual({
      costYearlyMin: "errors.solutions.costInvalid",
      costOneOffMax: "errors.solutions.costInvalid",
      effortPersonDays: "errors.solutions.effortInvalid",
    });
  });

  it("allows at most ten tags, merges tags that differ only in case", () => {
    expect(solutionInput.parse({ ...valid, tags: "EfA, efa, Wohngeld" }).tags).toEqual(["EfA", "Wohngeld"]);
    const eleven = Array.from({ length: 11 }, (_, i) => `tag${i}`);
    expect(messagesOf(solutionInput.safeParse({ ...valid, tags: eleven }))).toEqual({ tags: "errors.solutions.tooManyTags" });
    expect(messagesOf(solutionInput.safeParse({ ...valid, tags: ["x"] }))).toEqual({ "tags.0": "errors.solutions.tagInvalid" });
  });

  it("validates dates, contacts, the open-source flag, the version and the intent", () => {
    const result = solutionInput.safeParse({
      ...valid,
      goLiveDate: "2024-02-30",
      contactEmail: "keine-adresse",
      contactPhone: "call me",
      isOpenSource: "vielleicht",
      expectedVersion: "0",
      intent: "delete",
      basedOnSlug: "Nicht Erlaubt",
    });
    expect(messagesOf(result)).toEqual({
      goLiveDate: "errors.solutions.goLiveDateInvalid",
      contactEmail: "errors.solutions.contactEmailInvalid",
      contactPhone: "errors.solutions.contactPhoneInvalid",
      isOpenSource: "errors.solutions.openSourceInvalid",
      expectedVersion: "errors.solutions.versionInvalid",
      intent: "errors.solutions.intentInvalid",
      basedOnSlug: "errors.solutions.basedOnInvalid",
    });
    const ok = solutionInput.parse({ ...valid, isOpenSource: "on", expectedVersion: "4", contactPhone: "+49 711 5851-0", goLiveDate: "" });
    expect(ok).toMatchObject({ isOpenSource: true, expectedVersion: 4, contactPhone: "+49 711 5851-0" });
    expect(ok.goLiveDate).toBeUndefined();
  });
});

describe("solutionSearchInput", () => {
  it("rejects maturity 9 and a non-numeric page size", () => {
    const result = solutionSearchInput.safeParse({ maturity: "9", pageSize: "abc" });
    expect(messagesOf(result)).toEqual({ maturity: "errors.solutions.maturityInvalid", pageSize: "errors.pageSizeInvalid" });
  });

  it("rejects unknown size bands, statuses, sorts and malformed codes", () => {
    const result = solutionSearchInput.safeParse({ size: "huge", status: "done", sort: "random", openSource: "maybe", state: "8", district: "0811", ags: "x", themenfeld: "-1", service: "abc" });
    expect(messagesOf(result)).toEqual({
      size: "errors.solutions.sizeInvalid",
      status: "errors.solutions.statusInvalid",
      sort: "errors.solutions.sortInvalid",
      openSource: "errors.solutions.openSourceInvalid",
      state: "errors.stateInvalid",
      district: "errors.districtInvalid",
      ags: "errors.agsInvalid",
      themenfeld: "errors.themenfeldInvalid",
      service: "errors.serviceIdInvalid",
    });
  });

  it("treats empty parameters as not given and keeps maturity 0 and openSource=false", () => {
    const search = solutionSearchInput.parse({ q: "", size: "", maturity: "0", openSource: "false", sort: "", page: "" });
    expect(search).toEqual({ maturity: 0, openSource: false, page: 1, pageSize: 20 });
  });
});

describe("slugify", () => {
  it("transliterates German letters and collapses punctuation", () => {
    expect(slugify("Anträge für Wohngeld – online & schnell!")).toBe("antraege-fuer-wohngeld-online-schnell");
    expect(slugify("Straßenverkehrsbehörde: Parkausweis")).toBe("strassenverkehrsbehoerde-parkausweis");
    expect(slugify("Café Élan")).toBe("cafe-elan");
  });

  it("falls back to a fixed word when nothing is left and caps the length", () => {
    expect(slugify("???")).toBe("loesung");
    const long = slugify("Digitalisierung ".repeat(20));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });

  it("numbers a slug that is already taken", () => {
    expect(nextFreeSlug("wohngeld", new Set())).toBe("wohngeld");
    expect(nextFreeSlug("wohngeld", new Set(["wohngeld", "wohngeld-2"]))).toBe("wohngeld-3");
  });
});
