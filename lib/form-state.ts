// What a form action gets and gives back, without the validation behind it: client components import
// this file, and lib/forms.ts (which brings zod through lib/validation.ts) stays on the server.

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
