import type { z } from "zod";

/** What a form action returns: the submitted strings (so nothing typed is lost) and errors per field. */
export type FormState = {
  values: Record<string, string>;
  errors: Record<string, string[]>;
  /** Set when the action succeeded without navigating away. */
  message?: string;
};

export const emptyFormState: FormState = { values: {}, errors: {} };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Next.js adds its own $ACTION_ fields; they are not user input.
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** Every issue, grouped by the field it belongs to; issues without a path go to `form`. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
