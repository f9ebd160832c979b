"use client";

import { useEffect, useId, useRef } from "react";
import { CONFIRM_FIELD } from "@/lib/confirmation";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Disables both buttons while the form is being sent. */
  pending?: boolean;
};

/**
 * The second step of a destructive action, inside its form: the question and two submit buttons
 * that answer it. The server asked for it, so it works without JavaScript; with JavaScript the
 * question takes the focus, so keyboard and screen reader users land on it.
 */
export function ConfirmStep({ question, confirmLabel, cancelLabel, pending }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="kern-alert kern-alert--warning" role="group" aria-labelledby={titleId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <span className="kern-title" id={titleId}>
          {question}
        </span>
      </div>
      <div className="kern-alert__body">
        <div className="flex flex-wrap gap-12">
        <button type="submit" name={CONFIRM_FIELD} value="yes" className="kern-btn kern-btn--primary btn-danger" disabled={pending}>
          <span className="kern-label">{confirmLabel}</span>
        </button>
        <SubmitButton label={cancelLabel} variant="secondary" name={CONFIRM_FIELD} value="no" pending={pending} />
        </div>
      </div>
    </div>
  );
}
