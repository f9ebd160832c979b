import { describe, expect, it } from "vitest";
import { changedFields, snapshotToValues, solutionFormData } from "./form-values";
import { solutionInput } from "./schema";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("solutionFormData", () => {
  it("turns repeated service fields, link rows and the checkbox into what the schema expects", () => {
    const { values, input } = solutionFormData(
      form([
        ["title", "Wohnsitzanmeldung online"],
        ["summary", "Kurz."],
        ["serviceIds", "10000"],
        ["serviceIds", "10001"],
        ["link-0-kind", "website"],
        ["link-0-url", "https://www.fellbach.de"],
        ["link-1-kind", "opencode"],
        ["link-1-url", ""],
        ["status", "live"],
        ["maturity", "3"],
        ["municipalityAgs", "08119020"],
        ["intent", "publish"],
      ]),
    );
    expect(values.serviceIds).toBe("10000,10001");
    const parsed = solutionInput.parse(input);
    expect(parsed.serviceIds).toEqual([10000, 10001]);
    expect(parsed.links).toEqual([{ kind: "website", url: "https://www.fellbach.de" }]);
    expect(parsed.isOpenSource).toBe(false);
    expect(parsed.intent).toBe("publish");
  });
});

describe("changedFields", () => {
  it("lists only the fields whose content changed", () => {
    const base = {
      title: "A",
      summary: "S",
      body: "B",
      municipalityAgs: "08119020",
      status: "live" as const,
      goLiveDate: null,
      maturity: 2,
      software: null,
      vendor: null,
      isOpenSource: false,
      repositoryUrl: null,
      costOneOffMin: null,
      costOneOffMax: null,
      costYearlyMin: null,
      costYearlyMax: null,
      effortPersonDays: null,
      lessonsLearned: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      serviceIds: [10000],
      tags: ["a"],
      links: [],
    };
    const before = snapshotToValues(base);
    const after = snapshotToValues({ ...base, title: "B", maturity: 3, tags: ["a"] });
    expect(changedFields(before, after)).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "maturity", before: "2", after: "3" },
    ]);
  });
});
