// The OpenAPI 3.1 document, generated from the zod schemas in lib/api/operations.ts (parameters)
// and lib/<domain>/api-schema.ts (responses) with zod's own JSON Schema output. Nothing here is
// written by hand except the names of the shared components.
import { z } from "zod";
import { commentItem, commentList } from "@/lib/discussion/api-schema";
import { meetupDetail, meetupList, meetupListItem } from "@/lib/meetups/api-schema";
import { municipalityDetail, municipalityList, municipalityListItem } from "@/lib/municipalities/api-schema";
import { serviceDetail, serviceList, serviceListItem } from "@/lib/services/api-schema";
import { solutionDetail, solutionList, solutionListItem } from "@/lib/solutions/api-schema";
import { apiOperations, type ApiOperation } from "./operations";
import { apiError, healthOk, readyDown, readyOk } from "./schemas";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

/** Named once under components.schemas and referenced wherever they recur. */
const components: Record<string, z.ZodType> = {
  Error: apiError,
  Health: healthOk,
  Ready: readyOk,
  ReadyDown: readyDown,
  MunicipalityListItem: municipalityListItem,
  MunicipalityList: municipalityList,
  Municipality: municipalityDetail,
  Service: serviceListItem,
  ServiceList: serviceList,
  ServiceDetail: serviceDetail,
  SolutionListItem: solutionListItem,
  SolutionList: solutionList,
  SolutionDetail: solutionDetail,
  MeetupListItem: meetupListItem,
  MeetupList: meetupList,
  MeetupDetail: meetupDetail,
  Comment: commentItem,
  CommentList: commentList,
};

const jsonOptions = {
  unrepresentable: "any",
  // z.number().int() states JavaScript's safe-integer bounds; they say nothing to a reader.
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  },
} as const;

const withoutDialect = ({ $schema: _schema, $id: _id, ...rest }: Record<string, unknown>) => rest as JsonSchema;

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...jsonOptions, io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema as Record<string, unknown>)]));
}

/** One parameter per key of the schema the route parses with; what the URL may carry is exactly that. */
function parameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = withoutDialect(z.toJSONSchema(schema, { ...jsonOptions, io: "input" }) as Record<string, unknown>);
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    ...(where === "path" || json.required?.includes(name) ? { required: true } : {}),
    ...(description ? { description } : {}),
    schema: property,
  }));
}

function operation(op: ApiOperation, schemas: Record<string, JsonSchema>) {
  const nameOf = (schema: z.ZodType) => Object.entries(components).find(([, s]) => s === schema)?.[0];
  const responses = Object.fromEntries(
    Object.entries(op.responses).map(([status, { description, schema }]) => {
      const name = nameOf(schema);
      if (!name) throw new Error(`response schema of "${op.summary}" (${status}) is not in components`);
      // The top-level body is written out (clients read it first); what recurs inside stays a $ref.
      return [status, { description, content: { "application/json": { schema: structuredClone(schemas[name]) } } }];
    }),
  );
  const params = [...parameters(op.path, "path"), ...parameters(op.query, "query")];
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    responses,
  };
}

function generate() {
  const schemas = componentSchemas();
  const paths = Object.fromEntries(Object.entries(apiOperations).map(([path, op]) => [path, { get: operation(op, schemas) }]));
  return {
    openapi: "3.1.0",
    info: {
      title: "Kommunalnetz API",
      version: "1.0.0",
      description:
        "Read-only access to the municipality directory, the OZG catalogue, the published solutions and the network meetings of Kommunalnetz. Every list uses the same envelope; unknown keys give 404, invalid or unknown parameters 400, both with a JSON error body.",
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas },
  };
}

let document: ReturnType<typeof generate> | undefined;

/** The OpenAPI 3.1 description of the public, read-only JSON API (generated once per process). */
export function openApiDocument() {
  return (document ??= generate());
}
