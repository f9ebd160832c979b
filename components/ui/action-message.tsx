"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * The success line a form that stays on the page shows after its action ran. It takes focus, so a
 * keyboard or screen-reader user hears what happened; it shows only the latest result, so a refusal
 * after a success does not leave the old success standing.
 */
export function ActionMessage({ state }: { state: FormState }) {
  const t = useTranslations();
  const ref = useRef<HTMLParagraphElement>(null);
  const message = Object.keys(state.errors).length === 0 ? state.message : undefined;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [state, message]);
  return (
    <p ref={ref} className="kern-body kern-body--small flex items-center gap-4" role="status" tabIndex={message ? -1 : undefined}>
      {message ? (
        <>
          <span className="kern-icon kern-icon--success kern-icon--small" aria-hidden="true" />
          {t(message)}
        </>
      ) : null}
    </p>
  );
}
