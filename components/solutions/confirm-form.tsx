"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { emptyFormState, type FormState } from "@/lib/forms";

export function ConfirmForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("solutions.detail");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="flex flex-col gap-8">
      <ErrorSummary errors={state.errors} />
      <p className="kern-body kern-body--small">{t("confirmHint")}</p>
      <div>
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending}>
          <span className="kern-label">{t("confirm")}</span>
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
