"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  candidates: { id: string; name: string | null }[];
};

export function CoauthorForm({ action, candidates }: Props) {
  const t = useTranslations("solutions.detail");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  if (candidates.length === 0) return <p className="kern-body kern-body--small">{t("coauthorNone")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-12">
      <ErrorSummary errors={state.errors} />
      <div className="flex flex-wrap items-end gap-12">
        <SelectField name="coauthorId" label={t("coauthorLabel")} errors={state.errors.coauthorId}>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton label={t("coauthorSubmit")} variant="secondary" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
