"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { emptyFormState, type FormState } from "@/lib/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; slug: string };

export function TakeOverContactForm({ action, slug }: Props) {
  const t = useTranslations("handover.contact");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  return (
    <form action={formAction} className="flex flex-col gap-8">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="slug" value={slug} />
      <div>
        <SubmitButton label={t("takeOver")} variant="secondary" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
