// Response shapes shared by every API route. The OpenAPI document is generated from these and from
// the domain schemas in lib/<domain>/api-schema.ts; the route handlers are typed by them.
import { z } from "zod";

/** Timestamps leave the API as ISO 8601 strings in UTC. */
export const isoDateTime = z.iso.datetime();

export const apiIssue = z.object({ parameter: z.string(), message: z.string() });

export const apiError = z
  .object({
    error: z.enum(["bad_request", "not_found"]),
    message: z.string(),
    issues: z.array(apiIssue).optional(),
  })
  .meta({ description: "Every 400 and 404 answer has this body." });
export type ApiError = z.infer<typeof apiError>;

/** The envelope of every list: `{ items, total, page, pageSize }`. */
export const listEnvelope = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().meta({ description: "Number of matches over all pages." }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

/** Liveness: the process answers (the database is not asked; see readiness). */
export const healthOk = z.object({ status: z.literal("ok") });
export const readyOk = z.object({ status: z.literal("ok"), db: z.literal("ok"), migrations: z.literal("ok") });
export const readyDown = z.object({
  status: z.literal("error"),
  db: z.enum(["ok", "error"]),
  migrations: z.enum(["ok", "pending", "unknown"]).meta({ description: "pending: this build ships migrations the database lacks." }),
});

/** A municipality as other records name it. */
export const municipalityRef = z.object({ ags: z.string(), name: z.string().meta({ description: 'Short name, e.g. "Fellbach".' }) });
