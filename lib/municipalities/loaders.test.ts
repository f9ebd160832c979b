import { describe, expect, it } from "vitest";
import { loadMunicipalityPage } from "./loaders";

describe("loadMunicipalityPage", () => {
  it("returns the municipality for a well-formed AGS", async () => {
    expect(await loadMunicipalityPage("08119020")).toMatchObject({ ags: "08119020" });
  });

  it("returns null for a malformed or unknown AGS without asking the database to parse it", async () => {
    expect(await loadMunicipalityPage("0811902%")).toBeNull();
    expect(await loadMunicipalityPage("1".repeat(5000))).toBeNull();
    expect(await loadMunicipalityPage("99999999")).toBeNull();
  });
});
