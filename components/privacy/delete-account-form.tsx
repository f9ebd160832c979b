"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { isAsking } from "@/lib/confirmation";
import { emptyFormState, type FormState } from "@/lib/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** Delete my account: a first button, then the server's question with "yes, delete" and "no". */
export function DeleteAccountForm({ action }: Props) {
  const t = useTranslations("privacySettings.delete");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} />
      {isAsking(state) ? (
        <ConfirmStep question={t("question")} confirmLabel={pending ? t("deleting") : t("confirm")} cancelLabel={t("back")} pending={pending} />
      ) : (
        <div>
          <SubmitButton label={t("prepare")} variant="secondary" pending={pending} />
        </div>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
