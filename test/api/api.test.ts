import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as getMunicipality } from "@/app/api/v1/municipalities/[ags]/route";
import { GET as listMunicipalities } from "@/app/api/v1/municipalities/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as getService } from "@/app/api/v1/services/[id]/route";
import { GET as listServices } from "@/app/api/v1/services/route";

const request = (path: string) => new Request(`http://localhost${path}`);
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

describe("GET /api/health", () => {
  it("answers without asking the database", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/v1/municipalities", () => {
  it("returns the common envelope for a typo search", async () => {
    const response = await listMunicipalities(request("/api/v1/municipalities?q=Felbach&pageSize=5"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(body.items[0]).toMatchObject({ ags: "08119020", name: "Fellbach, Stadt", stateName: "Baden-Württemberg" });
    expect(body.pageSize).toBe(5);
  });

  it("rejects a malformed page size and an unknown parameter with a JSON error naming both", async () => {
    const response = await listMunicipalities(request("/api/v1/municipalities?pageSize=abc&colour=blue"));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("bad_request");
    const parameters = body.issues.map((i: { parameter: string }) => i.parameter);
    expect(parameters).toEqual(expect.arrayContaining(["pageSize", "colour"]));
    expect(body.issues.find((i: { parameter: string }) => i.parameter === "pageSize").message).toMatch(/page size/i);
  });

  it("rejects a page size above the maximum", async () => {
    const response = await listMunicipalities(request("/api/v1/municipalities?pageSize=1000"));
    expect(response.status).toBe(400);
  });

  it("rejects a malformed state code", async () => {
    const response = await listMunicipalities(request("/api/v1/municipalities?state=BW"));
    expect(response.status).toBe(400);
  });
});

describe("GET /api/v1/municipalities/{ags}", () => {
  it("returns one municipality", async () => {
    const response = await getMunicipality(request("/api/v1/municipalities/08119020"), ctx({ ags: "08119020" }));
    expect(response.status).toBe(200);
    expect((await response.json()).districtName).toBe("Rems-Murr-Kreis");
  });

  it("answers 404 with a JSON body for an unknown AGS", async () => {
    const response = await getMunicipality(request("/api/v1/municipalities/99999999"), ctx({ ags: "99999999" }));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toBe("not_found");
  });

  it("answers 400 for a malformed AGS", async () => {
    const response = await getMunicipality(request("/api/v1/municipalities/fellbach"), ctx({ ags: "fellbach" }));
    expect(response.status).toBe(400);
  });
});

describe("GET /api/v1/services", () => {
  it("lists services with id, name and Themenfeld", async () => {
    const response = await listServices(request("/api/v1/services?pageSize=100&page=6"));
    const body = await response.json();
    expect(body.total).toBe(557);
    expect(body.items).toHaveLength(57);
    expect(body.items[0]).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String), themenfeld: expect.any(String) }));
  });

  it("returns one service with its LeiKa services, 404 for an unknown id and 400 for a malformed one", async () => {
    const ok = await getService(request("/api/v1/services/10110"), ctx({ id: "10110" }));
    expect((await ok.json()).leika.length).toBeGreaterThan(0);
    expect((await getService(request("/api/v1/services/10054"), ctx({ id: "10054" }))).status).toBe(404);
    expect((await getService(request("/api/v1/services/abc"), ctx({ id: "abc" }))).status).toBe(400);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes every public endpoint as OpenAPI 3.1", async () => {
    const doc = await openapi().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/municipalities", "/api/v1/municipalities/{ags}", "/api/v1/services"]),
    );
  });
});

describe("malformed query strings", () => {
  const routes = [
    ["/api/v1/municipalities", listMunicipalities],
    ["/api/v1/services", listServices],
  ] as const;

  it.each(routes)("answers a NUL byte or another control character in q on %s with 400 and a JSON body", async (path, handler) => {
    for (const q of ["%00", "Hunde%00steuer", "%07", "%C2%9F"]) {
      const response = await handler(request(`${path}?q=${q}`));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body).toMatchObject({ error: "bad_request", issues: [{ parameter: "q", message: expect.stringMatching(/control characters/) }] });
    }
  });

  it("answers numbers beyond Postgres' integer range with 400, not 500", async () => {
    for (const query of ["themenfeld=99999999999", "page=99999999999", "pageSize=99999999999", "themenfeld=2147483648"]) {
      const response = await listServices(request(`/api/v1/services?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("bad_request");
    }
    const service = await getService(request("/api/v1/services/99999999999"), ctx({ id: "99999999999" }));
    expect(service.status).toBe(400);
  });
});
