import { MAX_PAGE_SIZE } from "@/lib/pagination";

const pageParameters = [
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 } },
];

const envelope = (itemRef: string) => ({
  type: "object",
  required: ["items", "total", "page", "pageSize"],
  properties: {
    items: { type: "array", items: { $ref: itemRef } },
    total: { type: "integer", description: "Number of matches over all pages." },
    page: { type: "integer" },
    pageSize: { type: "integer" },
  },
});

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });

/** The OpenAPI 3.1 description of the public, read-only JSON API. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Kommunalnetz API",
      version: "1.0.0",
      description:
        "Read-only access to the municipality directory and the OZG catalogue of Kommunalnetz. Every list uses the same envelope; unknown keys give 404, invalid parameters 400, both with a JSON error body.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/health": {
        get: {
          summary: "Liveness and database check",
          responses: {
            "200": json({ type: "object", properties: { status: { const: "ok" }, db: { const: "ok" } } }),
            "503": json({ type: "object", properties: { status: { const: "error" }, db: { const: "error" } } }, "Database unreachable"),
          },
        },
      },
      "/api/v1/municipalities": {
        get: {
          summary: "Search the municipality directory",
          parameters: [
            { name: "q", in: "query", description: "Name (typo tolerant), AGS or AGS prefix, or postcode.", schema: { type: "string", maxLength: 100 } },
            { name: "state", in: "query", description: "Two-digit state code, e.g. 08.", schema: { type: "string", pattern: "^\\d{2}$" } },
            { name: "district", in: "query", description: "Five-digit district code, e.g. 08119.", schema: { type: "string", pattern: "^\\d{5}$" } },
            ...pageParameters,
          ],
          responses: {
            "200": json(envelope("#/components/schemas/MunicipalityListItem")),
            "400": errorResponse("Invalid or unknown query parameter"),
          },
        },
      },
      "/api/v1/municipalities/{ags}": {
        get: {
          summary: "One municipality by its Amtlicher Gemeindeschlüssel",
          parameters: [{ name: "ags", in: "path", required: true, schema: { type: "string", pattern: "^\\d{8}$" } }],
          responses: {
            "200": json({ $ref: "#/components/schemas/Municipality" }),
            "400": errorResponse("Malformed AGS"),
            "404": errorResponse("No municipality with this AGS"),
          },
        },
      },
      "/api/v1/services": {
        get: {
          summary: "Search the OZG catalogue",
          parameters: [
            { name: "q", in: "query", description: "Matches service names (typo tolerant) and the names of their LeiKa services.", schema: { type: "string", maxLength: 100 } },
            { name: "themenfeld", in: "query", description: "Themenfeld id.", schema: { type: "integer", minimum: 1 } },
            ...pageParameters,
          ],
          responses: {
            "200": json(envelope("#/components/schemas/Service")),
            "400": errorResponse("Invalid or unknown query parameter"),
          },
        },
      },
      "/api/v1/services/{id}": {
        get: {
          summary: "One OZG service with the LeiKa services it bundles",
          parameters: [{ name: "id", in: "path", required: true, description: "OZG-ID", schema: { type: "integer" } }],
          responses: {
            "200": json({ $ref: "#/components/schemas/ServiceDetail" }),
            "400": errorResponse("Malformed id"),
            "404": errorResponse("No service with this id"),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error", "message"],
          properties: {
            error: { type: "string", enum: ["bad_request", "not_found"] },
            message: { type: "string" },
            issues: {
              type: "array",
              items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
        MunicipalityListItem: {
          type: "object",
          required: ["ags", "name", "shortName", "population", "stateCode", "stateName", "districtCode", "districtName"],
          properties: {
            ags: { type: "string", pattern: "^\\d{8}$" },
            name: { type: "string", description: "Official name as in GV100AD, e.g. \"Fellbach, Stadt\"." },
            shortName: { type: "string" },
            type: { type: "string" },
            population: { type: "integer" },
            postalCode: { type: ["string", "null"], description: "Postcode of the administrative seat." },
            stateCode: { type: "string" },
            stateName: { type: "string" },
            districtCode: { type: "string" },
            districtName: { type: "string" },
          },
        },
        Municipality: {
          allOf: [
            { $ref: "#/components/schemas/MunicipalityListItem" },
            {
              type: "object",
              properties: {
                ars: { type: "string" },
                verbandName: { type: ["string", "null"] },
                areaKm2: { type: "number" },
                postalCodeUnique: { type: "boolean" },
                districtFullName: { type: "string" },
                districtType: { type: "string" },
              },
            },
          ],
        },
        Service: {
          type: "object",
          required: ["id", "name", "themenfeld"],
          properties: {
            id: { type: "integer", description: "OZG-ID" },
            name: { type: "string" },
            themenfeldId: { type: "integer" },
            themenfeld: { type: "string" },
            lebenslage: { type: "string" },
          },
        },
        ServiceDetail: {
          allOf: [
            { $ref: "#/components/schemas/Service" },
            {
              type: "object",
              properties: {
                leika: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      id: { type: "integer" },
                      key: { type: ["string", "null"], description: "14-digit LeiKa key; null where the source marks \"nicht im LeiKa\"." },
                      name: { type: "string" },
                      type: { type: ["string", "null"] },
                    },
                  },
                },
              },
            },
          ],
        },
      },
    },
  };
}
