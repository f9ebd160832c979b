import { like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as getSolution } from "@/app/api/v1/solutions/[slug]/route";
import { GET as listSolutions } from "@/app/api/v1/solutions/route";
import { db } from "@/db/client";
import { comments, solutions } from "@/db/schema";
import { setHelpful } from "@/lib/discussion/reaction-mutations";
import { createSolution, markReuse } from "@/lib/solutions/mutations";
import { RANKED_CANDIDATES } from "@/lib/solutions/schema";
import { ELTERNGELD, FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN, WOHNGELD } from "@/lib/solutions/test-fixtures";

const AIDLINGEN = "08115001"; // about 9 400 inhabitants; Fellbach has about 45 000, Waiblingen about 56 000

const request = (path: string) => new Request(`http://localhost${path}`);
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

type Item = { slug: string };
type Issue = { parameter: string; message: string };

// Every fixture's software names runId, so `software=${runId}` narrows a list to this file's solutions
// (on a server run the test files share one database).
async function list(query: string) {
  const params = new URLSearchParams({ software: runId, pageSize: "100" });
  for (const [key, value] of new URLSearchParams(query)) params.set(key, value);
  const response = await listSolutions(request(`/api/v1/solutions?${params}`));
  expect(response.status).toBe(200);
  const body = await response.json();
  return { body, slugs: body.items.map((i: Item) => i.slug) as string[] };
}

async function detail(slug: string) {
  return getSolution(request(`/api/v1/solutions/${slug}`), ctx({ slug }));
}

async function publish(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput({ software: `Civento ${runId}`, ...overrides }) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}

const fixture = {} as Record<"antrag" | "elterngeld" | "derived" | "draft", { id: string; slug: string }>;
let fellbachAuthor: string;

beforeAll(async () => {
  fellbachAuthor = await newMember({ name: "Autorin Fellbach" });
  const aidlingenAuthor = await newMember({ municipalityAgs: AIDLINGEN });
  const waiblingenAuthor = await newMember({ municipalityAgs: WAIBLINGEN });
  fixture.antrag = await publish(fellbachAuthor, {
    title: `Antrag auf Wohngeld digital ${runId}`,
    body: "## Ausgangslage\n\nDer Antrag wurde bisher auf Papier gestellt.\n\n<script>alert('xss')</script>\n\nJetzt **online**.",
    contactName: "Erika Muster",
    contactEmail: `erika-${runId}@fellbach.example`,
    contactPhone: "+49 711 5851 0",
  });
  fixture.elterngeld = await publish(aidlingenAuthor, {
    title: `Elterngeld Lotse ${runId}`,
    summary: "Begleitung durch den Elterngeldantrag.",
    body: "Der Lotse erklärt jeden Schritt.",
    municipalityAgs: AIDLINGEN,
    serviceIds: [ELTERNGELD],
    isOpenSource: true,
    maturity: "4",
    status: "in_progress",
    tags: [],
    links: [],
  });
  fixture.derived = await publish(waiblingenAuthor, {
    title: `Wohngeld nach Fellbacher Vorbild ${runId}`,
    municipalityAgs: WAIBLINGEN,
    basedOnSlug: fixture.antrag.slug,
  });
  fixture.draft = await publish(fellbachAuthor, { title: `Antrag im Entwurf ${runId}`, intent: "draft" });
  const reuser = await newMember({ municipalityAgs: WAIBLINGEN });
  const reuse = await markReuse({ memberId: reuser, slug: fixture.antrag.slug, status: "live" });
  if (!reuse.ok) throw new Error(`markReuse failed: ${JSON.stringify(reuse.errors)}`);
});

describe("GET /api/v1/solutions", () => {
  it("returns the common envelope with the public fields of each item", async () => {
    const { body } = await list("sort=newest");
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total", "totalCapped"]);
    expect(body).toMatchObject({ total: 3, totalCapped: false, page: 1, pageSize: 100 });
    const item = body.items.find((i: Item) => i.slug === fixture.antrag.slug);
    expect(item).toEqual({
      slug: fixture.antrag.slug,
      title: `Antrag auf Wohngeld digital ${runId}`,
      summary: expect.any(String),
      municipality: { ags: FELLBACH, name: "Fellbach" },
      services: [{ id: WOHNGELD, name: expect.any(String) }],
      themenfeld: { id: expect.any(Number), name: expect.any(String) },
      maturity: 3,
      status: "live",
      reuseCount: 1,
      helpfulCount: 0,
      updatedAt: expect.any(String),
      publishedAt: expect.any(String),
    });
    expect(new Date(item.updatedAt).toISOString()).toBe(item.updatedAt);
  });

  it("finds solutions by an inflected word in title and body (German stemming)", async () => {
    // "Anträge" is in no text; the title and the body say "Antrag".
    const { slugs } = await list("q=Anträge");
    expect(slugs[0]).toBe(fixture.antrag.slug);
    expect(slugs).toContain(fixture.derived.slug);
    // "Elterngeldantrag" is a compound with "Antrag" in it (issue 13): found, but below the other two.
    expect(slugs.indexOf(fixture.elterngeld.slug)).toBeGreaterThan(slugs.indexOf(fixture.derived.slug));
    expect((await list("q=Anträge&exact=true")).slugs).not.toContain(fixture.elterngeld.slug);
  });

  it("filters by municipality, service, Themenfeld, size band, maturity, status and open source", async () => {
    expect((await list(`ags=${AIDLINGEN}`)).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list(`service=${ELTERNGELD}`)).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list("size=5k-20k")).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list("size=20k-50k")).slugs).toEqual([fixture.antrag.slug]);
    expect((await list("size=50k-100k")).slugs).toEqual([fixture.derived.slug]);
    expect((await list("maturity=4")).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list("status=in_progress")).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list("openSource=true")).slugs).toEqual([fixture.elterngeld.slug]);
    expect((await list("state=08&district=08119&sort=newest")).slugs).toEqual([fixture.derived.slug, fixture.antrag.slug]);

    const { body } = await list(`ags=${FELLBACH}`);
    const themenfeld = body.items[0].themenfeld.id;
    expect((await list(`themenfeld=${themenfeld}`)).slugs).toEqual(expect.arrayContaining([fixture.antrag.slug, fixture.derived.slug]));
    expect((await list(`themenfeld=${themenfeld}`)).slugs).not.toContain(fixture.elterngeld.slug);
  });

  it("sorts by reuse and pages through the matches", async () => {
    expect((await list("sort=reused")).slugs[0]).toBe(fixture.antrag.slug);
    const { body } = await list("sort=newest&pageSize=2&page=2");
    expect(body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(body.items.map((i: Item) => i.slug)).toEqual([fixture.antrag.slug]);
  });

  it("sorts by helpful and filters by open and answered questions", async () => {
    const reader = await newMember({ municipalityAgs: WAIBLINGEN });
    await setHelpful({ memberId: reader, subject: { solutionId: fixture.elterngeld.id }, helpful: true });
    const { body } = await list("sort=helpful");
    expect(body.items.map((i: Item) => i.slug)[0]).toBe(fixture.elterngeld.slug);
    expect(body.items[0].helpfulCount).toBe(1);
    await db.insert(comments).values({ authorId: reader, solutionId: fixture.derived.id, body: "Wie lief die Ausschreibung?", isQuestion: true });
    expect((await list("questions=open")).slugs).toEqual([fixture.derived.slug]);
    expect((await list("questions=answered")).slugs).toEqual([]);
    const bad = await listSolutions(request("/api/v1/solutions?questions=all"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([{ parameter: "questions", message: expect.stringMatching(/open, answered/) }]);
    await setHelpful({ memberId: reader, subject: { solutionId: fixture.elterngeld.id }, helpful: false });
  });

  it("never lists a draft", async () => {
    expect((await list("")).slugs).not.toContain(fixture.draft.slug);
    expect((await list("q=Entwurf")).slugs).toEqual([]);
  });

  it("rejects a malformed page size with a JSON error naming the parameter", async () => {
    const response = await listSolutions(request("/api/v1/solutions?pageSize=abc"));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("bad_request");
    expect(body.issues).toEqual([{ parameter: "pageSize", message: expect.stringMatching(/page size/i) }]);
  });

  it("rejects a maturity outside 0 to 4", async () => {
    const response = await listSolutions(request("/api/v1/solutions?maturity=9"));
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ parameter: "maturity", message: expect.stringMatching(/between 0 and 4/) }]);
  });

  it("rejects unknown parameters and invalid enum values", async () => {
    const response = await listSolutions(request("/api/v1/solutions?colour=blue&size=huge&sort=random"));
    expect(response.status).toBe(400);
    const parameters = (await response.json()).issues.map((i: Issue) => i.parameter);
    expect(parameters).toEqual(expect.arrayContaining(["colour", "size", "sort"]));
  });
});

describe("GET /api/v1/solutions with more matches than the ranked window", () => {
  it(`reports a capped total beyond ${RANKED_CANDIDATES} matches and still pages through all of them`, async () => {
    const token = `bulk${Math.random().toString(36).slice(2, 10)}`;
    const author = await newMember({ municipalityAgs: AIDLINGEN });
    const n = RANKED_CANDIDATES + 5;
    await db.insert(solutions).values(
      Array.from({ length: n }, (_, i) => ({
        slug: `${token}-${i}`,
        title: `Sammellösung ${i}`,
        summary: "",
        body: `Erwähnt ${token} im Text.`,
        software: `Civento ${runId}`,
        municipalityAgs: AIDLINGEN,
        authorId: author,
        status: "live" as const,
        state: "published" as const,
        publishedAt: new Date(Date.UTC(2001, 0, 1, 0, 0, i)),
      })),
    );
    try {
      const first = await list(`q=${token}`);
      expect(first.body).toMatchObject({ total: RANKED_CANDIDATES, totalCapped: true, page: 1, pageSize: 100 });
      expect(first.slugs).toHaveLength(100);
      const seen = new Set(first.slugs);
      for (let page = 2; page <= Math.ceil(n / 100); page++) {
        const { body, slugs } = await list(`q=${token}&page=${page}`);
        expect(body).toMatchObject({ total: RANKED_CANDIDATES, totalCapped: true });
        for (const slug of slugs) seen.add(slug);
      }
      expect(seen.size).toBe(n);
      // Sorted by date, the count is exact.
      expect((await list(`q=${token}&sort=newest&pageSize=1`)).body).toMatchObject({ total: n, totalCapped: false });
    } finally {
      await db.delete(solutions).where(like(solutions.slug, `${token}-%`));
    }
  });
});

describe("GET /api/v1/solutions/{slug}", () => {
  it("returns the public fields with the body rendered to safe HTML", async () => {
    const response = await detail(fixture.antrag.slug);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      slug: fixture.antrag.slug,
      title: `Antrag auf Wohngeld digital ${runId}`,
      municipality: { ags: FELLBACH, name: "Fellbach", fullName: "Fellbach, Stadt", stateName: "Baden-Württemberg" },
      services: [{ id: WOHNGELD, name: expect.any(String), themenfeld: expect.any(String) }],
      status: "live",
      maturity: 3,
      goLiveDate: "2024-03-01",
      software: `Civento ${runId}`,
      // The contact is members-only unless the authors make it public (the form's default).
      contactName: null,
      membersOnly: ["contact"],
      author: { name: "Autorin Fellbach" },
      coauthors: [],
      tags: ["EfA", "Wohngeld"],
      links: [{ kind: "website", url: "https://www.fellbach.de/wohngeld", label: "Wohngeld in Fellbach" }],
      basedOn: null,
      reuseCount: 1,
      reuses: [{ municipality: { ags: WAIBLINGEN, name: "Waiblingen" }, status: "live" }],
      derived: [expect.objectContaining({ slug: fixture.derived.slug, municipality: { ags: WAIBLINGEN, name: "Waiblingen" } })],
    });
    expect(body.body.markdown).toContain("<script>");
    expect(body.body.html).toContain("<h2>Ausgangslage</h2>");
    expect(body.body.html).toContain("<strong>online</strong>");
    expect(body.body.html).not.toMatch(/<script/i);
    expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
  });

  it("leaves out the contact's e-mail and phone and every user id", async () => {
    const body = await (await detail(fixture.antrag.slug)).json();
    expect(body).not.toHaveProperty("contactEmail");
    expect(body).not.toHaveProperty("contactPhone");
    expect(body).not.toHaveProperty("id");
    expect(body.author).toEqual({ name: "Autorin Fellbach" });
    const text = JSON.stringify(body);
    expect(text).not.toContain(`erika-${runId}@fellbach.example`);
    expect(text).not.toContain("5851");
    expect(text).not.toContain(fellbachAuthor);
    expect(text).not.toContain(fixture.antrag.id);
  });

  it("names the solution a derived one is based on", async () => {
    const body = await (await detail(fixture.derived.slug)).json();
    expect(body.basedOn).toEqual({ slug: fixture.antrag.slug, title: `Antrag auf Wohngeld digital ${runId}`, municipalityName: "Fellbach" });
  });

  it("answers 404 with a JSON body for a draft and for an unknown slug", async () => {
    for (const slug of [fixture.draft.slug, `gibt-es-nicht-${runId}`]) {
      const response = await detail(slug);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toBe("not_found");
    }
  });

  it("answers 400 for a malformed slug", async () => {
    for (const slug of ["Wohngeld_Online", "a--b", "x".repeat(121)]) {
      const response = await detail(slug);
      expect(response.status).toBe(400);
      expect((await response.json()).issues).toEqual([expect.objectContaining({ parameter: "slug" })]);
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents both solution endpoints and their schemas", async () => {
    const doc = await openapi().json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/solutions", "/api/v1/solutions/{slug}"]));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["SolutionListItem", "SolutionDetail"]));
    const parameter = (name: string) => doc.paths["/api/v1/solutions"].get.parameters.find((p: { name: string }) => p.name === name).schema;
    expect(parameter("size").enum).toEqual(["lt5k", "5k-20k", "20k-50k", "50k-100k", "gt100k"]);
    expect(parameter("maturity")).toMatchObject({ type: "integer", minimum: 0, maximum: 4 });
    expect(parameter("status").enum).toEqual(["planned", "in_progress", "live"]);
    expect(parameter("sort").enum).toEqual(["relevance", "newest", "reused", "helpful"]);
    expect(parameter("questions").enum).toEqual(["open", "answered"]);
    expect(doc.components.schemas.SolutionDetail.properties).not.toHaveProperty("contactEmail");
    const envelope = (path: string) => doc.paths[path].get.responses["200"].content["application/json"].schema;
    expect(envelope("/api/v1/solutions").required).toContain("totalCapped");
    expect(envelope("/api/v1/solutions").properties.totalCapped).toMatchObject({ type: "boolean", description: expect.stringContaining("lower bound") });
    expect(envelope("/api/v1/municipalities").properties).not.toHaveProperty("totalCapped");
  });
});

describe("GET /api/v1/solutions with a malformed query", () => {
  it("answers control characters in q or software with 400 and a JSON body, never 500", async () => {
    for (const query of ["q=%00", "q=Wohngeld%00", "software=%1B"]) {
      const response = await listSolutions(request(`/api/v1/solutions?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("bad_request");
    }
  });

  it("answers numbers beyond Postgres' integer range with 400", async () => {
    for (const query of ["themenfeld=99999999999", "service=99999999999", "maturity=99999999999", "page=99999999999", "pageSize=99999999999"]) {
      const response = await listSolutions(request(`/api/v1/solutions?${query}`));
      expect(response.status, query).toBe(400);
    }
  });
});
