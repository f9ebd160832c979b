"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function CoOrganiserForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("meetups.manage.coOrganisers");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-12">
      <ErrorSummary errors={state.errors} />
      <div className="flex flex-wrap items-end gap-12">
        <Field
          name="email"
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          defaultValue={state.values.email ?? ""}
          errors={state.errors.email}
          autoComplete="off"
          required
        />
        <SubmitButton label={t("add")} variant="secondary" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
