"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { isAsking } from "@/lib/confirmation";
import { emptyFormState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields that say what the button acts on (an item id, a direction). */
  fields?: Record<string, string>;
  /** Visible button text. */
  label: string;
  /** What the button acts on, added for screen readers ("Nach oben – Keynote"). */
  srLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
  /** Row buttons are small; a button that stands for the whole page (publish) is not. */
  size?: "x-small" | "default";
  disabled?: boolean;
  /** For actions that cannot be undone: the server asks this question before it acts (lib/confirmation.ts). */
  confirm?: { question: string; confirmLabel: string; cancelLabel: string };
};

/**
 * A form that is only a button (move, remove, publish, delete): shows its refusal next to it. With
 * `confirm`, it is the one confirmation pattern of the app: the action answers the first press with
 * the question (lib/confirmation.ts), so it works without JavaScript too.
 */
export function InlineActionForm({ action, fields = {}, label, srLabel, variant = "tertiary", size = "x-small", disabled, confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const asking = confirm && isAsking(state);
  return (
    <form action={formAction} className="flex flex-col gap-8">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {asking ? (
        <ConfirmStep question={confirm.question} confirmLabel={confirm.confirmLabel} cancelLabel={confirm.cancelLabel} pending={pending} />
      ) : (
      <div>
        {/* The name starts with the visible label (WCAG 2.5.3). A visually hidden span inside the
            button instead collapsed default-size KERN buttons in Chromium. */}
        <button
          type="submit"
          className={`kern-btn kern-btn--${variant} whitespace-nowrap ${size === "x-small" ? "kern-btn--x-small" : ""}`}
          aria-label={srLabel ? `${label} – ${srLabel}` : undefined}
          disabled={disabled || pending}
        >
          <span className="kern-label">{label}</span>
        </button>
      </div>
      )}
      <ErrorSummary errors={{ form: Object.values(state.errors).flat() }} />
    </form>
  );
}
