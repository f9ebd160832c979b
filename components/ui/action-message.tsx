"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * The success line a form that stays on the page shows after its action ran. It takes focus, so a
 * keyboard or screen-reader user hears what happened; it shows only the latest result, so a refusal
 * after a success does not leave the old success standing. Once the person changes the form again,
 * the line goes: "Gespeichert." must not stand beside input that is not saved yet.
 */
export function ActionMessage({ state }: { state: FormState }) {
  const t = useTranslations();
  const ref = useRef<HTMLParagraphElement>(null);
  const [staleState, setStaleState] = useState<FormState | null>(null);
  const message = Object.keys(state.errors).length === 0 && staleState !== state ? state.message : undefined;
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [state, message]);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form || !state.message) return;
    const edited = () => setStaleState(state);
    form.addEventListener("input", edited);
    form.addEventListener("change", edited);
    return () => {
      form.removeEventListener("input", edited);
      form.removeEventListener("change", edited);
    };
  }, [state]);
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
