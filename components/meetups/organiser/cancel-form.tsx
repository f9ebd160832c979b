"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { TextareaField } from "@/components/ui/textarea-field";
import { isAsking } from "@/lib/confirmation";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Published meetups mail everyone holding a seat or a waitlist place; drafts mail nobody. */
  published: boolean;
  /** Seats and waitlist places taken: the people who will get the mail. */
  affected: number;
};

export function CancelForm({ action, published, affected }: Props) {
  const t = useTranslations("meetups.manage.cancel");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-16">
      <Alert variant="warning" title={t("warningTitle")}>
        <p className="kern-body">{published ? t("warningPublished", { count: affected }) : t("warningDraft")}</p>
      </Alert>
      <ErrorSummary errors={state.errors} />
      <TextareaField
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        defaultValue={state.values.reason ?? ""}
        errors={state.errors.reason}
        required
        maxLength={2000}
        rows={4}
      />
      {isAsking(state) ? (
        <ConfirmStep
          question={t("question")}
          confirmLabel={pending ? t("submitting") : t("submit")}
          cancelLabel={t("back")}
          pending={pending}
        />
      ) : (
        <div>
          <SubmitButton label={t("prepare")} variant="secondary" pending={pending} />
        </div>
      )}
      <ActionMessage state={state} />
    </form>
  );
}
