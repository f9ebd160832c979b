import type { z } from "zod";
import { fieldErrors } from "./forms";

type RawParams = Record<string, string | string[] | undefined>;

/** First value of each query parameter; repeated keys make no sense for these forms. */
export function firstValues(params: RawParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/**
 * Pages never fail on a bad query string: invalid parameters are reported and dropped, the rest of
 * the search still runs.
 */
export function parseSearchParams<S extends z.ZodType<object>>(schema: S, params: RawParams) {
  const raw = firstValues(params);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { search: parsed.data as z.infer<S>, raw, errors: {} as Record<string, string[]> };
  const errors = fieldErrors(parsed.error);
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in errors)));
  const retry = schema.safeParse(cleaned);
  const search = (retry.success ? retry.data : schema.parse({})) as z.infer<S>;
  return { search, raw, errors };
}
