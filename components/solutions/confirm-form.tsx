"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function ConfirmForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("solutions.detail");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="flex flex-col gap-8">
      <ErrorSummary errors={state.errors} />
      <p className="kern-body kern-body--small">{t("confirmHint")}</p>
      <div>
        <SubmitButton label={t("confirm")} variant="secondary" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
