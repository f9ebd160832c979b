// The contract test: every operation of the generated OpenAPI document is called on a seeded
// database, and every answer (200, 400, 404) is validated against the document with ajv. The
// generated response schemas forbid undocumented fields (additionalProperties: false); a parameter
// the document lists must be accepted, one it does not list must be refused. The test walks the
// document's paths, so a new path is covered (or fails for want of a sample) without editing it.
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { createComment, deleteComment } from "@/lib/discussion/mutations";
import { createPublished, meetupFormInput } from "@/lib/meetups/test-fixtures";
import { createSolution, markReuse } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN } from "@/lib/solutions/test-fixtures";

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: "path" | "query"; required?: boolean; schema: Schema & { examples?: unknown[]; enum?: unknown[] } };
type Operation = { parameters?: Parameter[]; responses: Record<string, { content: { "application/json": { schema: Schema } } }> };
type Doc = { paths: Record<string, { get: Operation }>; components: Record<string, unknown> };

const doc = (await openapi().json()) as Doc;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// The response schemas point into #/components; the validator gets them beside each schema.
ajv.addKeyword("components");
const validators = new Map<Schema, ReturnType<typeof ajv.compile>>();
const validatorFor = (schema: Schema) => {
  if (!validators.has(schema)) validators.set(schema, ajv.compile({ ...schema, components: doc.components }));
  return validators.get(schema)!;
};

/** Path parameters that exist (200), that are well formed but unknown (404) and malformed (400). */
const pathSamples: Record<string, { found: Record<string, string>; unknown: Record<string, string>; malformed: Record<string, string> }> = {
  "/api/v1/municipalities/{ags}": { found: { ags: FELLBACH }, unknown: { ags: "99999999" }, malformed: { ags: "0811902" } },
  "/api/v1/services/{id}": { found: { id: "10110" }, unknown: { id: "99999" }, malformed: { id: "1e3" } },
  "/api/v1/solutions/{slug}": { found: { slug: "" }, unknown: { slug: `gibt-es-nicht-${runId}` }, malformed: { slug: "Nicht_Gültig" } },
  "/api/v1/meetups/{slug}": { found: { slug: "" }, unknown: { slug: `gibt-es-nicht-${runId}` }, malformed: { slug: "-treffen-" } },
  "/api/v1/solutions/{slug}/comments": { found: { slug: "" }, unknown: { slug: `gibt-es-nicht-${runId}` }, malformed: { slug: "Nicht_Gültig" } },
  "/api/v1/meetups/{slug}/comments": { found: { slug: "" }, unknown: { slug: `gibt-es-nicht-${runId}` }, malformed: { slug: "-treffen-" } },
};
/** Responses no request can provoke against a working database. */
const unreachable: Record<string, string[]> = { "/api/ready": ["503"] };

beforeAll(async () => {
  const author = await newMember({ municipalityAgs: FELLBACH, name: `Vertrag ${runId}` });
  const origin = await createSolution({
    authorId: author,
    input: solutionFormInput({
      title: `Vertragstest Wohngeld ${runId}`,
      costOneOffMin: 2000,
      costYearlyMax: 4500,
      effortPersonDays: 40,
      goLiveDate: "2024-03-01",
      links: [{ kind: "documentation", url: "https://example.org/demo/doku", label: "Doku" }],
      tags: ["Wohngeld"],
    }),
  });
  if (!origin.ok) throw new Error(JSON.stringify(origin.errors));
  const other = await newMember({ municipalityAgs: WAIBLINGEN });
  await markReuse({ memberId: other, slug: origin.slug, status: "live" });
  const derived = await createSolution({ authorId: other, input: solutionFormInput({ title: `Vertragstest Ableitung ${runId}`, municipalityAgs: WAIBLINGEN, basedOnSlug: origin.slug }) });
  if (!derived.ok) throw new Error(JSON.stringify(derived.errors));
  pathSamples["/api/v1/solutions/{slug}"]!.found.slug = origin.slug;

  const organiser = await newMember({ role: "organiser" });
  const meetup = await createPublished(organiser, meetupFormInput({ title: `Vertragstreffen ${runId}`, hostMunicipalityAgs: FELLBACH }));
  pathSamples["/api/v1/meetups/{slug}"]!.found.slug = meetup.slug;

  // A thread with a question, a reply, an edit and a deleted comment that still holds a reply.
  const question = await createComment({ authorId: other, subject: { solutionId: origin.id }, body: "Wie lief **die Abnahme**?", isQuestion: true });
  if (!question.ok) throw new Error(JSON.stringify(question.errors));
  await createComment({ authorId: author, subject: { solutionId: origin.id }, parentId: question.comment.id, body: "Gut." });
  const gone = await createComment({ authorId: other, subject: { meetupId: meetup.id }, body: "Wird gelöscht" });
  if (!gone.ok) throw new Error(JSON.stringify(gone.errors));
  await createComment({ authorId: author, subject: { meetupId: meetup.id }, parentId: gone.comment.id, body: "Bleibt stehen" });
  await deleteComment({ memberId: other, commentId: gone.comment.id });
  pathSamples["/api/v1/solutions/{slug}/comments"]!.found.slug = origin.slug;
  pathSamples["/api/v1/meetups/{slug}/comments"]!.found.slug = meetup.slug;
});

/** A value the parameter's schema admits: its example, an enum member, its minimum, or text. */
function goodValue({ name, schema }: Parameter): string {
  if (schema.examples?.length) return String(schema.examples[0]);
  if (schema.enum?.length) return String(schema.enum.at(-1));
  if (schema.type === "integer") return String(schema.minimum ?? 1);
  if (schema.type === "boolean") return "true";
  if (schema.type === "string" && typeof schema.pattern === "string" && schema.pattern.startsWith("^[^")) return "Wohngeld";
  throw new Error(`give the query parameter "${name}" an example in its schema (.meta({ examples: [...] }))`);
}
// Not a digit, not an enum member, not a number or boolean, and a control character for text.
const BAD_VALUE = "x\u0000";

const routeFile = (apiPath: string) => path.resolve(import.meta.dirname, "../../app", `.${apiPath.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");

async function call(apiPath: string, params: Record<string, string>, query: Record<string, string>) {
  const { GET } = (await import(routeFile(apiPath))) as { GET: (request: Request, ctx: unknown) => Promise<Response> };
  const url = new URL(`http://localhost${apiPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return GET(new Request(url), { params: Promise.resolve(params) });
}

describe("the OpenAPI document", () => {
  it("is generated with a schema for every response", () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(9);
    for (const [apiPath, { get }] of Object.entries(doc.paths)) {
      for (const [status, response] of Object.entries(get.responses)) {
        expect(response.content["application/json"].schema, `${apiPath} ${status}`).toBeTypeOf("object");
      }
    }
  });
});

describe.each(Object.keys(doc.paths))("GET %s", (apiPath) => {
  const operation = doc.paths[apiPath]!.get;
  const pathParams = (operation.parameters ?? []).filter((p) => p.in === "path");
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === "query");
  const exercised = new Set<string>();

  async function expectDocumented(response: Response, expected: number, what: string) {
    expect(response.status, what).toBe(expected);
    const documented = operation.responses[String(response.status)];
    expect(documented, `${what}: status ${response.status} is not documented`).toBeDefined();
    expect(response.headers.get("content-type"), what).toMatch(/^application\/json/);
    const validate = validatorFor(documented!.content["application/json"].schema);
    const body = await response.json();
    expect(validate(body) ? [] : validate.errors, `${what}: the body does not match the document`).toEqual([]);
    exercised.add(String(response.status));
  }

  if (pathParams.length > 0) {
    it("answers an existing key with 200, an unknown one with 404 and a malformed one with 400", async () => {
      const samples = pathSamples[apiPath];
      expect(samples, `add a sample for ${apiPath} to pathSamples`).toBeDefined();
      expect(Object.keys(samples!.found).sort()).toEqual(pathParams.map((p) => p.name).sort());
      await expectDocumented(await call(apiPath, samples!.found, {}), 200, "existing key");
      await expectDocumented(await call(apiPath, samples!.unknown, {}), 404, "unknown key");
      await expectDocumented(await call(apiPath, samples!.malformed, {}), 400, "malformed key");
    });
  }

  const somePath = pathSamples[apiPath]?.found ?? {};

  it("accepts every documented query parameter and refuses an undocumented one", async () => {
    await expectDocumented(await call(apiPath, somePath, {}), 200, "no query");
    for (const parameter of queryParams) {
      await expectDocumented(await call(apiPath, somePath, { [parameter.name]: goodValue(parameter) }), 200, `${parameter.name}=${goodValue(parameter)}`);
    }
    // Only the health check (whose callers add cache-busters) documents no 400 and ignores them.
    const refuses = "400" in operation.responses;
    await expectDocumented(await call(apiPath, somePath, { undocumented: "1" }), refuses ? 400 : 200, "undocumented parameter");
  });

  if (queryParams.length > 0) {
    it("refuses a malformed value of each query parameter with 400", async () => {
      for (const parameter of queryParams) {
        await expectDocumented(await call(apiPath, somePath, { [parameter.name]: BAD_VALUE }), 400, `${parameter.name} malformed`);
      }
    });
  }

  it("provoked every documented response", () => {
    const documented = Object.keys(operation.responses).filter((status) => !unreachable[apiPath]?.includes(status));
    expect([...exercised].sort()).toEqual(documented.sort());
  });
});
