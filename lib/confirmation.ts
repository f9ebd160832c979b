import type { FormState } from "@/lib/forms";

/** The field a confirmation step submits: "yes" from its confirm button, "no" from its cancel button. */
export const CONFIRM_FIELD = "confirmed";
/** Set in the returned values while the form is asking. */
export const CONFIRM_ASKING = "ask";

/**
 * Destructive actions run only on an explicit "yes". The first submit (or a forged POST without the
 * field) comes back asking; that round trip through the server is what makes the question work
 * without JavaScript. Returns null when the member has confirmed, otherwise the state to show.
 */
export function confirmationStep(formData: FormData, values: Record<string, string> = {}): FormState | null {
  const answer = formData.get(CONFIRM_FIELD);
  if (answer === "yes") return null;
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => key !== CONFIRM_FIELD));
  if (answer === "no") return { values: kept, errors: {} };
  return { values: { ...kept, [CONFIRM_FIELD]: CONFIRM_ASKING }, errors: {} };
}

export function isAsking(state: FormState): boolean {
  return state.values[CONFIRM_FIELD] === CONFIRM_ASKING;
}
