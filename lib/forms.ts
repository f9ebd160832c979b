import type { z } from "zod";
import type { FieldErrors } from "@/lib/result";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "@/lib/validation";

export { emptyFormState, formValues, type FormState } from "@/lib/form-state";

/** Every issue, grouped by the field it belongs to; issues without a path go to `form`. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export type ParsedForm<T> = { success: true; data: T } | { success: false; errors: FieldErrors };

/**
 * Every form action validates through here: first the one control-character rule of
 * lib/validation.ts over every field the browser sent (a NUL byte would make Postgres throw, and
 * the member would lose the input to a 500), then the schema. A field with control characters gets
 * only that message; the other fields keep their own. `multiLine` names the textareas, where tab, LF
 * and CR are text. Return paths (hidden `next`/`returnTo`) are not members' text: they come from a
 * link, are never stored, and `safeReturnPath` turns a path with control characters into "/" — a
 * message on a field nobody can edit would only stop the form for good.
 */
const RETURN_PATH_FIELDS = new Set(["next", "returnTo", "callbackUrl"]);

export function parseForm<T extends z.ZodType>(
  schema: T,
  input: unknown,
  options: { values: Record<string, string>; multiLine?: readonly string[] },
): ParsedForm<z.output<T>> {
  const multiLine = new Set(options.multiLine ?? []);
  const control: FieldErrors = {};
  for (const [field, value] of Object.entries(options.values)) {
    if (RETURN_PATH_FIELDS.has(field)) continue;
    if (hasControlCharacters(value, { multiLine: multiLine.has(field) })) control[field] = [CONTROL_CHARACTERS_MESSAGE];
  }
  const parsed = schema.safeParse(input);
  if (parsed.success && Object.keys(control).length === 0) return { success: true, data: parsed.data };
  return { success: false, errors: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...control } };
}
