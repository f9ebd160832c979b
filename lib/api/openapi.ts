import { reuseStatuses, solutionLinkKinds, solutionStatuses } from "@/db/schema/solutions";
import { MAX_PAGE_SIZE } from "@/lib/validation";
import { RANKED_CANDIDATES, sizeBands, solutionSorts } from "@/lib/solutions/schema";

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

// Only the solutions search can cap its count; the other lists keep the plain envelope.
const solutionsEnvelope = () => {
  const base = envelope("#/components/schemas/SolutionListItem");
  return {
    ...base,
    required: [...base.required, "totalCapped"],
    properties: {
      ...base.properties,
      total: {
        type: "integer",
        description: `Number of matches over all pages; a lower bound when \`totalCapped\` is true (then it is ${RANKED_CANDIDATES}).`,
      },
      totalCapped: {
        type: "boolean",
        description: `True when a search by relevance found more than ${RANKED_CANDIDATES} matches: only the newest ${RANKED_CANDIDATES} are ranked and counted, so \`total\` is a lower bound. The older matches follow, newest first, on later pages; page on while pages come back full.`,
      },
    },
  };
};

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const sizeBandDescription = Object.entries(sizeBands)
  .map(([key, band]) => `${key}: ${band.min.toLocaleString("en")}${band.max === null ? " and more" : `–${(band.max - 1).toLocaleString("en")}`}`)
  .join("; ");

const dateTime = { type: "string", format: "date-time" };
const nullableDateTime = { type: ["string", "null"], format: "date-time" };
const municipalityRef = {
  type: "object",
  required: ["ags", "name"],
  properties: { ags: { type: "string", pattern: "^\\d{8}$" }, name: { type: "string", description: "Short name, e.g. \"Fellbach\"." } },
};
const solutionSlugSchema = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 120 };

const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });

/** The OpenAPI 3.1 description of the public, read-only JSON API. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Kommunalnetz API",
      version: "1.0.0",
      description:
        "Read-only access to the municipality directory, the OZG catalogue and the published solutions of Kommunalnetz. Every list uses the same envelope; unknown keys give 404, invalid parameters 400, both with a JSON error body.",
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
      "/api/v1/solutions": {
        get: {
          summary: "Search the published solutions",
          description: `Drafts are never listed. Without \`sort\`, results come by relevance when \`q\` is given, otherwise newest first. By relevance, the newest ${RANKED_CANDIDATES} matches are ranked (title matches first) and the older ones follow newest first; \`total\` is then exact up to ${RANKED_CANDIDATES} and otherwise a lower bound, marked by \`totalCapped\`.`,
          parameters: [
            {
              name: "q",
              in: "query",
              description: "German full text over title, summary, body, lessons learned and software (stemmed: \"Anträge\" finds \"Antrag\"), typo tolerant on titles and municipality names.",
              schema: { type: "string", maxLength: 200 },
            },
            { name: "themenfeld", in: "query", description: "Themenfeld id: solutions offering at least one service of it.", schema: { type: "integer", minimum: 1 } },
            { name: "service", in: "query", description: "OZG-ID of a service the solution offers.", schema: { type: "integer", minimum: 1, maximum: 99999 } },
            { name: "state", in: "query", description: "Two-digit state code of the solution's municipality.", schema: { type: "string", pattern: "^\\d{2}$" } },
            { name: "district", in: "query", description: "Five-digit district code of the solution's municipality.", schema: { type: "string", pattern: "^\\d{5}$" } },
            { name: "ags", in: "query", description: "AGS of the municipality that published the solution.", schema: { type: "string", pattern: "^\\d{8}$" } },
            {
              name: "size",
              in: "query",
              description: `Population band of the solution's municipality (${sizeBandDescription}).`,
              schema: { type: "string", enum: Object.keys(sizeBands) },
            },
            { name: "maturity", in: "query", description: "Exact maturity level, 0 to 4.", schema: { type: "integer", enum: [0, 1, 2, 3, 4] } },
            { name: "status", in: "query", schema: { type: "string", enum: [...solutionStatuses] } },
            { name: "software", in: "query", description: "Substring of the software or vendor name, case-insensitive.", schema: { type: "string", maxLength: 200 } },
            { name: "openSource", in: "query", description: "true/false (also 1/0).", schema: { type: "boolean" } },
            { name: "sort", in: "query", schema: { type: "string", enum: [...solutionSorts] } },
            ...pageParameters,
          ],
          responses: {
            "200": json(solutionsEnvelope()),
            "400": errorResponse("Invalid or unknown query parameter"),
          },
        },
      },
      "/api/v1/solutions/{slug}": {
        get: {
          summary: "One published solution with its rendered text, reuses and derived solutions",
          parameters: [{ name: "slug", in: "path", required: true, schema: solutionSlugSchema }],
          responses: {
            "200": json({ $ref: "#/components/schemas/SolutionDetail" }),
            "400": errorResponse("Malformed slug"),
            "404": errorResponse("No published solution with this slug"),
          },
        },
      },
      "/api/v1/meetups": {
        get: {
          summary: "Upcoming or past network meetings (published and cancelled ones)",
          parameters: [
            { name: "when", in: "query", schema: { type: "string", enum: ["upcoming", "past"], default: "upcoming" } },
            { name: "state", in: "query", description: "Two-digit state code of the host municipality.", schema: { type: "string", pattern: "^\\d{2}$" } },
            { name: "format", in: "query", schema: { type: "string", enum: ["in_person", "online", "hybrid"] } },
            { name: "themenfeld", in: "query", description: "Themenfeld of a solution presented on the agenda.", schema: { type: "integer", minimum: 1 } },
            ...pageParameters,
          ],
          responses: {
            "200": json(envelope("#/components/schemas/MeetupListItem")),
            "400": errorResponse("Invalid or unknown query parameter"),
          },
        },
      },
      "/api/v1/meetups/{slug}": {
        get: {
          summary: "One meetup: public fields only, never the online link or participant names",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }],
          responses: {
            "200": json({ $ref: "#/components/schemas/MeetupDetail" }),
            "400": errorResponse("Malformed slug"),
            "404": errorResponse("No published meetup with this slug"),
          },
        },
      },
    },
    components: {
      schemas: {
        MeetupListItem: {
          type: "object",
          required: ["slug", "title", "startsAt", "endsAt", "format", "status", "capacity", "seatsLeft"],
          properties: {
            slug: { type: "string" },
            title: { type: "string" },
            startsAt: { type: "string", format: "date-time" },
            endsAt: { type: "string", format: "date-time" },
            format: { type: "string", enum: ["in_person", "online", "hybrid"] },
            status: { type: "string", enum: ["published", "cancelled"] },
            cancelReason: { type: ["string", "null"] },
            venueName: { type: ["string", "null"] },
            hostMunicipality: { type: ["object", "null"], properties: { ags: { type: "string" }, name: { type: "string" } } },
            capacity: { type: "integer" },
            registeredCount: { type: "integer" },
            waitlistCount: { type: "integer" },
            seatsLeft: { type: "integer" },
          },
        },
        MeetupDetail: {
          allOf: [
            { $ref: "#/components/schemas/MeetupListItem" },
            {
              type: "object",
              properties: {
                description: { type: "object", properties: { markdown: { type: "string" }, html: { type: "string" } } },
                venueAddress: { type: ["string", "null"] },
                registrationDeadline: { type: ["string", "null"], format: "date-time" },
                registrationOpen: { type: "boolean" },
                organisers: { type: "array", items: { type: "object", properties: { name: { type: ["string", "null"] } } } },
                agenda: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      startsAt: { type: "string", format: "date-time" },
                      durationMinutes: { type: "integer" },
                      title: { type: "string" },
                      type: { type: "string", enum: ["keynote", "talk", "workshop", "break", "discussion"] },
                      speakers: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } },
                      solutions: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" } } } },
                    },
                  },
                },
                materials: { type: "array", items: { type: "object", properties: { kind: { type: "string" }, title: { type: "string" }, url: { type: ["string", "null"] } } } },
                calendarUrl: { type: "string" },
              },
            },
          ],
        },
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
                liveServices: {
                  type: "array",
                  description: "OZG services the municipality runs live: by a published live solution of its own, or by reusing another municipality's published solution live.",
                  items: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
                },
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
                liveIn: {
                  type: "array",
                  description: "Municipalities that run the service live: by a published live solution of their own, or by reusing another municipality's published solution live.",
                  items: { type: "object", properties: { ags: { type: "string" }, name: { type: "string" } } },
                },
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
        SolutionListItem: {
          type: "object",
          required: ["slug", "title", "summary", "municipality", "services", "themenfeld", "maturity", "status", "reuseCount", "updatedAt", "publishedAt"],
          properties: {
            slug: solutionSlugSchema,
            title: { type: "string" },
            summary: { type: "string" },
            municipality: municipalityRef,
            services: {
              type: "array",
              description: "OZG services in the order given; the first is the main one.",
              items: { type: "object", required: ["id", "name"], properties: { id: { type: "integer", description: "OZG-ID" }, name: { type: "string" } } },
            },
            themenfeld: {
              type: ["object", "null"],
              description: "Themenfeld of the main service.",
              properties: { id: { type: "integer" }, name: { type: "string" } },
            },
            maturity: { type: "integer", minimum: 0, maximum: 4 },
            status: { type: "string", enum: [...solutionStatuses] },
            reuseCount: { type: "integer", description: "Municipalities that reuse or consider reusing it." },
            updatedAt: dateTime,
            publishedAt: nullableDateTime,
          },
        },
        SolutionDetail: {
          type: "object",
          description: "Contact e-mail and phone number are not part of the public API.",
          required: [
            "slug", "title", "summary", "body", "municipality", "services", "status", "maturity", "isOpenSource", "author", "coauthors",
            "tags", "links", "basedOn", "reuseCount", "reuses", "derived", "version", "createdAt", "updatedAt",
          ],
          properties: {
            slug: solutionSlugSchema,
            title: { type: "string" },
            summary: { type: "string" },
            body: {
              type: "object",
              required: ["markdown", "html"],
              properties: {
                markdown: { type: "string", description: "Source as written by the members." },
                html: { type: "string", description: "Rendered and sanitised (no raw HTML, scripts or images; http(s) and mailto links only)." },
              },
            },
            municipality: {
              allOf: [
                municipalityRef,
                { type: "object", properties: { fullName: { type: "string", description: "Official name, e.g. \"Fellbach, Stadt\"." }, stateName: { type: "string" } } },
              ],
            },
            services: {
              type: "array",
              items: {
                type: "object",
                properties: { id: { type: "integer" }, name: { type: "string" }, themenfeldId: { type: "integer" }, themenfeld: { type: "string" } },
              },
            },
            status: { type: "string", enum: [...solutionStatuses] },
            goLiveDate: { type: ["string", "null"], format: "date" },
            maturity: { type: "integer", minimum: 0, maximum: 4 },
            software: { type: ["string", "null"] },
            vendor: { type: ["string", "null"] },
            isOpenSource: { type: "boolean" },
            repositoryUrl: { type: ["string", "null"], format: "uri" },
            costOneOffMin: { type: ["integer", "null"], description: "Whole euros." },
            costOneOffMax: { type: ["integer", "null"], description: "Whole euros." },
            costYearlyMin: { type: ["integer", "null"], description: "Whole euros per year." },
            costYearlyMax: { type: ["integer", "null"], description: "Whole euros per year." },
            effortPersonDays: { type: ["integer", "null"] },
            lessonsLearned: { type: ["string", "null"] },
            contactName: { type: ["string", "null"] },
            author: { type: "object", properties: { name: { type: ["string", "null"] } } },
            coauthors: { type: "array", items: { type: "object", properties: { name: { type: ["string", "null"] } } } },
            tags: { type: "array", items: { type: "string" } },
            links: {
              type: "array",
              items: {
                type: "object",
                required: ["kind", "url"],
                properties: { kind: { type: "string", enum: [...solutionLinkKinds] }, url: { type: "string", format: "uri" }, label: { type: ["string", "null"] } },
              },
            },
            basedOn: {
              type: ["object", "null"],
              description: "The published solution this one was adapted from.",
              properties: { slug: solutionSlugSchema, title: { type: "string" }, municipalityName: { type: "string" } },
            },
            reuseCount: { type: "integer" },
            reuses: {
              type: "array",
              items: {
                type: "object",
                required: ["municipality", "status"],
                properties: { municipality: municipalityRef, status: { type: "string", enum: [...reuseStatuses] } },
              },
            },
            derived: { type: "array", description: "Published solutions based on this one.", items: { $ref: "#/components/schemas/SolutionListItem" } },
            version: { type: "integer", description: "Increases with every published edit." },
            confirmedAt: { ...nullableDateTime, description: "When an author last confirmed that the description is still current." },
            createdAt: dateTime,
            updatedAt: dateTime,
            publishedAt: nullableDateTime,
          },
        },
      },
    },
  };
}
