import "server-only";
import type { z } from "zod";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";
import { jsonError, jsonOk, notFoundError, parseQuery } from "./responses";

type Issue = { parameter: string; message: string };
type BadKey = { message: string; issue: Issue };

/** The 400 answer for a malformed path parameter, one per kind of key, whichever route takes it. */
export const badKeys = {
  ags: {
    message: "An AGS (Amtlicher Gemeindeschlüssel) has exactly 8 digits.",
    issue: { parameter: "ags", message: "Expected 8 digits." },
  },
  serviceId: {
    message: "A service id is the numeric OZG-ID.",
    issue: { parameter: "id", message: "Expected a positive integer." },
  },
  solutionSlug: {
    message: "A solution slug consists of lowercase letters, digits and single hyphens.",
    issue: { parameter: "slug", message: "Expected a slug such as wohngeld-online-beantragen (at most 120 characters)." },
  },
  meetupSlug: {
    message: "Malformed meetup slug.",
    issue: { parameter: "slug", message: "Lowercase letters, digits and single hyphens, at most 120 characters." },
  },
} satisfies Record<string, BadKey>;

/**
 * The one shape of every `GET /api/v1/<things>` list handler: rate limit, the query parsed with the
 * operation's schema (400 for a malformed or undocumented parameter), answered in the documented shape.
 */
export function listRoute<Q extends z.ZodObject, S extends z.ZodType>(options: {
  operation: { query: Q };
  response: S;
  load: (query: z.output<Q>) => Promise<z.output<S>>;
}) {
  return async function GET(request: Request) {
    const limited = await apiLimitResponse(request);
    if (limited) return limited;
    const query = parseQuery(options.operation.query, new URL(request.url));
    if (!query.ok) return query.response;
    return jsonOk(options.response, await options.load(query.data));
  };
}

/**
 * The one shape of every `GET /api/v1/<things>/{key}` handler: rate limit, no query parameters, the
 * path parameter parsed with the operation's schema (400 with `badKey` otherwise), the record loaded
 * once (404 with `notFound` when there is none: drafts and unknown keys alike) and answered in the
 * documented response shape.
 */
export function detailRoute<P extends z.ZodObject, S extends z.ZodType>(options: {
  operation: { path: P; query: z.ZodObject };
  response: S;
  badKey: BadKey;
  load: (params: z.output<P>) => Promise<z.output<S> | null>;
  notFound: (params: z.output<P>) => string;
}) {
  return async function GET(request: Request, { params }: { params: Promise<unknown> }) {
    const limited = await apiLimitResponse(request);
    if (limited) return limited;
    const unknown = parseQuery(options.operation.query, new URL(request.url));
    if (!unknown.ok) return unknown.response;
    const parsed = options.operation.path.safeParse(await params);
    if (!parsed.success) return jsonError(400, "bad_request", options.badKey.message, [options.badKey.issue]);
    const record = await options.load(parsed.data);
    if (!record) return notFoundError(options.notFound(parsed.data));
    return jsonOk(options.response, record);
  };
}
