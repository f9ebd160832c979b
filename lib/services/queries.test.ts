import { describe, expect, it } from "vitest";
import { getServiceById, listServicesByThemenfeld, searchServices } from "./queries";
import { serviceSearchInput } from "./schema";

describe("listServicesByThemenfeld", () => {
  it("groups all 557 services into the 14 Themenfelder", async () => {
    const catalogue = await listServicesByThemenfeld({});
    expect(catalogue.total).toBe(557);
    expect(catalogue.groups).toHaveLength(14);
    const bauen = catalogue.groups.find((g) => g.name === "Bauen & Wohnen");
    expect(bauen?.services).toHaveLength(58);
  });

  it("finds a service through the name of a LeiKa service it bundles", async () => {
    const catalogue = await listServicesByThemenfeld({ q: "Hundesteuer" });
    const names = catalogue.groups.flatMap((g) => g.services.map((s) => s.name));
    expect(names).toContain("Hundehaltung");
  });

  it("finds a service through a LeiKa name typed with a typo", async () => {
    for (const q of ["Hundesteur", "Hundsteuer"]) {
      const catalogue = await listServicesByThemenfeld({ q });
      expect(catalogue.groups.flatMap((g) => g.services.map((s) => s.name))).toContain("Hundehaltung");
    }
    const page = await searchServices(serviceSearchInput.parse({ q: "Hundesteur" }));
    expect(page.items.map((s) => s.name)).toContain("Hundehaltung");
  });
});

describe("searchServices", () => {
  it("returns the common envelope with Themenfeld names", async () => {
    const page = await searchServices(serviceSearchInput.parse({ q: "Wohngeld", pageSize: "5" }));
    expect(page.items[0]?.name).toBe("Wohngeld");
    expect(page.items[0]?.themenfeld).toBe("Arbeit & Ruhestand");
    expect(page.pageSize).toBe(5);
  });

  it("tolerates a typo in a service name", async () => {
    const page = await searchServices(serviceSearchInput.parse({ q: "Elterngelt" }));
    expect(page.items.map((s) => s.name)).toContain("Elterngeld");
  });
});

describe("getServiceById", () => {
  it("returns the service with Themenfeld, Lebenslage and its LeiKa services", async () => {
    const service = await getServiceById(10110);
    expect(service?.name).toBe("Abfallentsorgung");
    expect(service?.themenfeld).toBe("Bauen & Wohnen");
    expect(service?.lebenslage).toBe("Wohnen & Umzug");
    expect(service?.leika.map((l) => l.key)).toContain("99001001000000");
  });

  it("returns null for an id that is not in the catalogue", async () => {
    expect(await getServiceById(10054)).toBeNull();
  });
});
