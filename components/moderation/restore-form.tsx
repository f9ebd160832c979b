"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { emptyFormState } from "@/lib/form-state";
import { restoreContentAction } from "@/lib/moderation/actions";

/** Shows a hidden solution or comment again, with the note the author is sent. */
export function RestoreForm({ targetType, targetId }: { targetType: "solution" | "comment"; targetId: string }) {
  const t = useTranslations("moderation.queue");
  const [state, action, pending] = useActionState(restoreContentAction, emptyFormState);
  return (
    <form action={action} className="flex flex-col gap-12">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <FormErrors errors={state.errors.form ?? state.errors.targetId ?? state.errors.targetType} />
      <TextareaField
        id={`restore-${targetId}`}
        name="note"
        label={t("restoreNote")}
        hint={t("restoreHint")}
        errors={state.errors.note}
        defaultValue={state.values.note ?? ""}
        rows={2}
        aria-required="true"
      />
      <div>
        <SubmitButton label={t("restore")} variant="secondary" size="x-small" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
