import { describe, expect, it } from "vitest";
import { getMunicipalityByAgs, listDistricts, resolveMunicipalityText, searchMunicipalities } from "./queries";
import { municipalitySearchInput } from "./schema";

const search = (params: Record<string, string>) => searchMunicipalities(municipalitySearchInput.parse(params));

describe("searchMunicipalities", () => {
  it("finds Fellbach first when the name is typed with a typo", async () => {
    const result = await search({ q: "Felbach" });
    expect(result.items[0]?.ags).toBe("08119020");
    expect(result.items[0]?.districtName).toBe("Rems-Murr-Kreis");
  });

  it("finds a municipality by name prefix, case-insensitively", async () => {
    const result = await search({ q: "fellb" });
    expect(result.items.map((m) => m.ags)).toContain("08119020");
  });

  it("finds a municipality by its postcode and by its AGS", async () => {
    expect((await search({ q: "70734" })).items[0]?.ags).toBe("08119020");
    const byAgs = await search({ q: "08119020" });
    expect(byAgs.total).toBe(1);
    expect(byAgs.items[0]?.name).toBe("Fellbach, Stadt");
  });

  it("treats an AGS prefix as a filter on the district", async () => {
    const result = await search({ q: "08119", pageSize: "100" });
    expect(result.total).toBeGreaterThan(20);
    expect(result.items.every((m) => m.ags.startsWith("08119"))).toBe(true);
  });

  it("filters by state and district and counts all matches across pages", async () => {
    const bw = await search({ state: "08", pageSize: "10" });
    expect(bw.total).toBe(1101);
    expect(bw.items).toHaveLength(10);
    expect(bw.items.every((m) => m.stateCode === "08")).toBe(true);
    const remsMurr = await search({ state: "08", district: "08119" });
    expect(remsMurr.items.every((m) => m.districtCode === "08119")).toBe(true);
    expect(remsMurr.total).toBe(31);
  });

  it("pages through results without overlap", async () => {
    const first = await search({ state: "08", page: "1", pageSize: "5" });
    const second = await search({ state: "08", page: "2", pageSize: "5" });
    const overlap = first.items.filter((a) => second.items.some((b) => b.ags === a.ags));
    expect(overlap).toEqual([]);
    expect(second.page).toBe(2);
  });

  it("treats LIKE wildcards in the query as plain text", async () => {
    const result = await search({ q: "%%%" });
    expect(result.total).toBe(0);
  });
});

describe("getMunicipalityByAgs", () => {
  it("returns the municipality with its district and state", async () => {
    const m = await getMunicipalityByAgs("08111000");
    expect(m?.name).toBe("Stuttgart, Landeshauptstadt");
    expect(m?.stateName).toBe("Baden-Württemberg");
  });

  it("returns null for an unknown AGS", async () => {
    expect(await getMunicipalityByAgs("99999999")).toBeNull();
  });
});

describe("municipalitySearchInput", () => {
  it("rejects a non-numeric page size and an out-of-range page", () => {
    const result = municipalitySearchInput.safeParse({ pageSize: "abc", page: "0" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain("errors.pageSizeInvalid");
    expect(messages).toContain("errors.pageInvalid");
  });
});

describe("listDistricts", () => {
  it("lists only the districts of the given state", async () => {
    const districts = await listDistricts("08");
    expect(districts).toHaveLength(44);
    expect(districts.every((d) => d.stateCode === "08")).toBe(true);
  });
});

describe("resolveMunicipalityText", () => {
  it("resolves an AGS and an unambiguous name, and nothing ambiguous", async () => {
    expect(await resolveMunicipalityText("08119020")).toBe("08119020");
    expect(await resolveMunicipalityText("fellbach")).toBe("08119020");
    expect(await resolveMunicipalityText("Fellbach, Stadt")).toBe("08119020");
    // Two municipalities are called Schorndorf (Baden-Württemberg and Bavaria).
    expect(await resolveMunicipalityText("Schorndorf")).toBeNull();
    expect(await resolveMunicipalityText("99999999")).toBeNull();
  });
});
