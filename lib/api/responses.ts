import "server-only";
import { createTranslator } from "next-intl";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { ApiError } from "./schemas";
import en from "@/messages/en.json";

const t = createTranslator({ locale: "en", messages: en });

type Issue = { parameter: string; message: string };

export function jsonError(status: 400 | 404, error: ApiError["error"], message: string, issues?: Issue[]) {
  return NextResponse.json<ApiError>({ error, message, ...(issues ? { issues } : {}) }, { status });
}

/** A 200 answer whose body is checked against the response schema the OpenAPI document shows. */
export function jsonOk<S extends z.ZodType>(_schema: S, body: z.output<S>) {
  return NextResponse.json(body);
}

export function notFoundError(message: string) {
  return jsonError(404, "not_found", message);
}

/**
 * Validates a query string against a schema; unknown parameters are rejected, not ignored. The
 * allowed parameters are the schema's keys, the same the OpenAPI document lists.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, url: URL): { ok: true; data: z.infer<S> } | { ok: false; response: NextResponse } {
  const allowed = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  const issues: Issue[] = [];
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) issues.push({ parameter: key, message: allowed.length > 0 ? `Unknown parameter. Allowed: ${allowed.join(", ")}.` : "This endpoint takes no query parameters." });
    else if (key in raw) issues.push({ parameter: key, message: "Given more than once." });
    else raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ parameter: String(issue.path[0] ?? "query"), message: translateKey(issue.message) });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, response: jsonError(400, "bad_request", "Invalid query parameters.", issues) };
  }
  return { ok: true, data: parsed.data };
}

function translateKey(key: string): string {
  return key.startsWith("errors.") && t.has(key as never) ? t(key as never) : key;
}
