"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { emptyFormState } from "@/lib/form-state";
import { decideReportAction } from "@/lib/moderation/actions";

/** A report's decision: the note and "Ausblenden" (solutions and comments) or "Meldung verwerfen". */
export function DecisionForm({ reportId, canHide }: { reportId: string; canHide: boolean }) {
  const t = useTranslations("moderation.queue");
  const [state, action, pending] = useActionState(decideReportAction, emptyFormState);
  return (
    <form action={action} className="flex flex-col gap-12">
      <input type="hidden" name="reportId" value={reportId} />
      <FormErrors errors={state.errors.form ?? state.errors.decision ?? state.errors.reportId} />
      <TextareaField
        id={`note-${reportId}`}
        name="note"
        label={t("note")}
        hint={canHide ? t("noteHint") : undefined}
        errors={state.errors.note}
        defaultValue={state.values.note ?? ""}
        rows={2}
      />
      <div className="flex flex-wrap gap-12">
        {canHide ? <SubmitButton name="decision" value="hide" label={t("hide")} variant="primary" size="x-small" pending={pending} /> : null}
        <SubmitButton name="decision" value="dismiss" label={t("dismiss")} variant="secondary" size="x-small" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
