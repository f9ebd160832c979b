"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { emptyFormState } from "@/lib/form-state";
import { setSuspensionAction } from "@/lib/moderation/actions";

/** Suspend a member or lift the suspension: a disclosure with the note for the record; with `returnTo` (a members list), the result shows on that list. */
export function SuspensionForm({ memberId, memberName, suspended, returnTo }: { memberId: string; memberName: string; suspended: boolean; returnTo?: string }) {
  const t = useTranslations("moderation.suspension");
  const [state, action, pending] = useActionState(setSuspensionAction, emptyFormState);
  const answered = Object.keys(state.errors).length > 0 || Boolean(state.message);
  return (
    <details open={answered || undefined}>
      <summary className="kern-link kern-link--small cursor-pointer">
        {suspended ? t("summaryUnsuspend") : t("summarySuspend")}
        <span className="kern-sr-only">: {memberName}</span>
      </summary>
      <form action={action} className="mt-8 flex flex-col gap-12">
        <input type="hidden" name="memberId" value={memberId} />
        <input type="hidden" name="suspend" value={suspended ? "no" : "yes"} />
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
        <fieldset className="kern-fieldset flex flex-col gap-16">
          <legend className="kern-label">{suspended ? t("legendUnsuspend", { name: memberName }) : t("legendSuspend", { name: memberName })}</legend>
          <FormErrors errors={state.errors.form ?? state.errors.memberId ?? state.errors.suspend} />
          <TextareaField
            id={`suspension-${memberId}`}
            name="note"
            label={t("note")}
            hint={suspended ? undefined : t("hint")}
            errors={state.errors.note}
            defaultValue={state.values.note ?? ""}
            rows={2}
            aria-required="true"
          />
        </fieldset>
        <div>
          <SubmitButton label={suspended ? t("unsuspend") : t("suspend")} variant={suspended ? "secondary" : "primary"} size="x-small" pending={pending} />
        </div>
        <ActionMessage state={state} />
      </form>
    </details>
  );
}
