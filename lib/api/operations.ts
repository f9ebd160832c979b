// Every operation of the public JSON API: its parameters and responses as zod schemas. The route
// handlers parse with the same schemas, and lib/api/openapi.ts turns this list into the OpenAPI
// document, so the document cannot say anything the routes do not do.
import { z } from "zod";
import { commentList } from "@/lib/discussion/api-schema";
import { meetupDetail, meetupList } from "@/lib/meetups/api-schema";
import { meetupListInput } from "@/lib/meetups/schema";
import { municipalityDetail, municipalityList } from "@/lib/municipalities/api-schema";
import { agsParam, municipalitySearchInput } from "@/lib/municipalities/schema";
import { serviceDetail, serviceList } from "@/lib/services/api-schema";
import { serviceIdParam, serviceSearchInput } from "@/lib/services/schema";
import { solutionDetail, solutionList } from "@/lib/solutions/api-schema";
import { RANKED_CANDIDATES, solutionSearchInput, solutionSlug } from "@/lib/solutions/schema";
import { slug } from "@/lib/validation";
import { apiError, healthOk, readyDown, readyOk } from "./schemas";

type Response = { description: string; schema: z.ZodType };

export type ApiOperation = {
  summary: string;
  description?: string;
  /** Path parameters, one key per `{name}` in the path. */
  path?: z.ZodObject;
  /** Query parameters; the route rejects any other. */
  query?: z.ZodObject;
  responses: Partial<Record<200 | 400 | 404 | 503, Response>>;
};

const ok = (schema: z.ZodType): Response => ({ description: "OK", schema });
const badRequest = (description: string): Response => ({ description, schema: apiError });
const notFound = (description: string): Response => ({ description, schema: apiError });

export const meetupSlugParam = slug();
/** The detail routes take no query parameters: any given is refused like an unknown one. */
const noQuery = z.object({});

/** The discussion of one solution or meetup: the same answer for both. */
function discussionOf(what: string, slug: z.ZodType<string>, missing: string) {
  return {
    summary: `The discussion of ${what}`,
    description: "Public threads only (drafts answer 404). Deleted comments appear without author or text only while they hold replies. No e-mail addresses.",
    query: noQuery,
    path: z.object({ slug }),
    responses: { 200: ok(commentList), 400: badRequest("Malformed slug"), 404: notFound(missing) },
  };
}

export const apiOperations = {
  "/api/health": {
    summary: "Liveness: the instance answers (no database check)",
    responses: { 200: ok(healthOk) },
  },
  "/api/ready": {
    summary: "Readiness: database reachable and every migration of this build applied",
    responses: { 200: ok(readyOk), 503: { description: "Database unreachable or migrations pending", schema: readyDown } },
  },
  "/api/v1/municipalities": {
    summary: "Search the municipality directory",
    query: municipalitySearchInput,
    responses: { 200: ok(municipalityList), 400: badRequest("Invalid or unknown query parameter") },
  },
  "/api/v1/municipalities/{ags}": {
    summary: "One municipality by its Amtlicher Gemeindeschlüssel",
    query: noQuery,
    path: z.object({ ags: agsParam }),
    responses: { 200: ok(municipalityDetail), 400: badRequest("Malformed AGS"), 404: notFound("No municipality with this AGS") },
  },
  "/api/v1/services": {
    summary: "Search the OZG catalogue",
    query: serviceSearchInput,
    responses: { 200: ok(serviceList), 400: badRequest("Invalid or unknown query parameter") },
  },
  "/api/v1/services/{id}": {
    summary: "One OZG service with the LeiKa services it bundles",
    query: noQuery,
    path: z.object({ id: serviceIdParam.meta({ description: "OZG-ID" }) }),
    responses: { 200: ok(serviceDetail), 400: badRequest("Malformed id"), 404: notFound("No service with this id") },
  },
  "/api/v1/solutions": {
    summary: "Search the published solutions",
    description: `Drafts are never listed. Without \`sort\`, results come by relevance when \`q\` is given, otherwise newest first. By relevance, the newest ${RANKED_CANDIDATES} matches are ranked (title matches first) and the older ones follow newest first; \`total\` is then exact up to ${RANKED_CANDIDATES} and otherwise a lower bound, marked by \`totalCapped\`.`,
    query: solutionSearchInput,
    responses: { 200: ok(solutionList), 400: badRequest("Invalid or unknown query parameter") },
  },
  "/api/v1/solutions/{slug}": {
    summary: "One published solution with its rendered text, reuses and derived solutions",
    query: noQuery,
    path: z.object({ slug: solutionSlug }),
    responses: { 200: ok(solutionDetail), 400: badRequest("Malformed slug"), 404: notFound("No published solution with this slug") },
  },
  "/api/v1/solutions/{slug}/comments": discussionOf("a published solution: comments, replies, questions and their answers", solutionSlug, "No published solution with this slug"),
  "/api/v1/meetups": {
    summary: "Upcoming or past network meetings (published and cancelled ones)",
    query: meetupListInput,
    responses: { 200: ok(meetupList), 400: badRequest("Invalid or unknown query parameter") },
  },
  "/api/v1/meetups/{slug}": {
    summary: "One meetup: public fields only, never the online link or participant names",
    query: noQuery,
    path: z.object({ slug: meetupSlugParam }),
    responses: { 200: ok(meetupDetail), 400: badRequest("Malformed slug"), 404: notFound("No published meetup with this slug") },
  },
  "/api/v1/meetups/{slug}/comments": discussionOf("a published or cancelled meetup", meetupSlugParam, "No published meetup with this slug"),
} satisfies Record<string, ApiOperation>;

export type ApiPath = keyof typeof apiOperations;
