"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; minutes: string };

export function MinutesForm({ action, minutes }: Props) {
  const t = useTranslations("meetups.manage.minutes");
  const [state, formAction, pending] = useActionState(action, { values: { minutes }, errors: {} });
  return (
    <form action={formAction} className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} />
      <TextareaField name="minutes" label={t("label")} hint={t("hint")} defaultValue={state.values.minutes ?? minutes} errors={state.errors.minutes} rows={12} />
      <div>
        <SubmitButton label={t("save")} pending={pending} pendingLabel={t("saving")} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
