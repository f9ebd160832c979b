"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { reuseStatuses } from "@/db/schema/solution-enums";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  municipalityName: string;
  current?: string;
};

export function ReuseForm({ action, municipalityName, current }: Props) {
  const t = useTranslations("solutions.detail");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="flex flex-col gap-12 rounded-kern-default bg-kern-layout-background-hued p-16">
      <h3 className="kern-heading-small">{t("reuseFormTitle")}</h3>
      <p className="kern-body">{t("reuseFormLead", { municipality: municipalityName })}</p>
      <ErrorSummary errors={state.errors} />
      <SelectField name="status" label={t("reuseStatus")} defaultValue={state.values.status ?? current ?? "considering"} errors={state.errors.status}>
        {reuseStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`reuseStatuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton label={t("reuseSubmit")} pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
