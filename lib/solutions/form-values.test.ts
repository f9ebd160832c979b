import { describe, expect, it } from "vitest";
import { changedFields, snapshotToValues, solutionFormData } from "./form-values";
import type { MembersOnlyFieldGroup, SolutionVisibility } from "@/db/schema/membership-enums";
import { solutionInput } from "./schema";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("solutionFormData", () => {
  const required: [string, string][] = [
    ["title", "Wohnsitzanmeldung online"],
    ["summary", "Kurz."],
    ["serviceIds", "10000"],
    ["status", "live"],
    ["maturity", "3"],
    ["municipalityAgs", "08119020"],
  ];

  it("reads the visibility and the ticked members-only boxes; all unticked means none", () => {
    const ticked = solutionInput.parse(
      solutionFormData(form([...required, ["visibility", "network"], ["membersOnlyShown", "1"], ["membersOnly-costs", "on"], ["membersOnly-vendor", "on"]])).input,
    );
    expect(ticked.visibility).toBe("network");
    expect(ticked.membersOnlyFields).toEqual(["costs", "vendor"]);
    const none = solutionInput.parse(solutionFormData(form([...required, ["membersOnlyShown", "1"]])).input);
    expect(none.membersOnlyFields).toEqual([]);
    // A caller that sends no boxes at all keeps the default: the contact for members only.
    const untouched = solutionInput.parse(solutionFormData(form(required)).input);
    expect(untouched).toMatchObject({ visibility: "public", membersOnlyFields: ["contact"] });
  });

  it("refuses an unknown visibility with a message on its field", () => {
    const parsed = solutionInput.safeParse(solutionFormData(form([...required, ["visibility", "secret"]])).input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["visibility", "visibility.form.errors.invalid"]]);
  });

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

function base() {
  return {
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
    visibility: "public" as SolutionVisibility,
    membersOnlyFields: ["contact"] as MembersOnlyFieldGroup[],
  };
}

describe("changedFields", () => {
  it("lists only the fields whose content changed", () => {
    const before = snapshotToValues(base());
    const after = snapshotToValues({ ...base(), title: "B", maturity: 3, tags: ["a"] });
    expect(changedFields(before, after)).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "maturity", before: "2", after: "3" },
    ]);
  });

  it("lists a change of visibility and of the members-only field groups", () => {
    const before = snapshotToValues(base());
    const after = snapshotToValues({ ...base(), visibility: "network", membersOnlyFields: ["costs", "contact"] });
    expect(changedFields(before, after)).toEqual([
      { field: "visibility", before: "public", after: "network" },
      { field: "membersOnlyFields", before: "contact", after: "costs, contact" },
    ]);
  });
});
