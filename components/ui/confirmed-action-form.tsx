"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldError, FormErrors } from "@/components/ui/field";
import { emptyFormState, type FormState } from "@/lib/forms";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** What happens, in the warning box above the button (under the section's own heading). */
  text: string;
  /** The checkbox the member ticks first ("Ja, Entwurf endgültig löschen"). */
  confirmLabel: string;
  submitLabel: string;
};

/**
 * A step that cannot be undone by accident: the member ticks a box, then presses a button styled
 * as a warning. Works without JavaScript: the box is `required` for the browser, and the action
 * refuses a submission without it (`confirm=yes`), with the error next to the box.
 */
export function ConfirmedActionForm({ action, text, confirmLabel, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const id = useId();
  const boxId = `${id}-confirm`;
  const confirmErrors = state.errors.confirm;
  return (
    <form action={formAction} className="flex flex-col gap-12">
      <Alert variant="warning">
        <p className="kern-body">{text}</p>
      </Alert>
      <FormErrors errors={state.errors.form} />
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={boxId}
          name="confirm"
          value="yes"
          required
          aria-invalid={confirmErrors ? true : undefined}
          aria-describedby={confirmErrors ? `${boxId}-error` : undefined}
        />
        <label className="kern-label" htmlFor={boxId}>
          {confirmLabel}
        </label>
      </div>
      <FieldError id={`${boxId}-error`} errors={confirmErrors} />
      <div>
        <button
          type="submit"
          className="kern-btn kern-btn--secondary border-kern-feedback-danger text-kern-feedback-danger"
          disabled={pending}
        >
          <span className="kern-label text-kern-feedback-danger">{submitLabel}</span>
        </button>
      </div>
    </form>
  );
}
