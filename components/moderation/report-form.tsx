"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ReportTarget } from "@/db/schema/membership-enums";
import { emptyFormState } from "@/lib/form-state";
import { reportAction } from "@/lib/moderation/actions";
import { MAX_REASON_LENGTH } from "@/lib/moderation/rules";

type Props = {
  targetType: ReportTarget;
  targetId: string;
  /** What is reported, for screen readers next to "Melden" (a page can have many). */
  name: string;
  /** The page to come back to after signing in. */
  returnTo: string;
};

/**
 * "Melden": a disclosure with the reason and a plain form (works without JavaScript). It stays open
 * while the action answers, so a refusal sits next to the field with the reason kept.
 */
export function ReportForm({ targetType, targetId, name, returnTo }: Props) {
  const t = useTranslations("moderation.report");
  const id = useId();
  const [state, action, pending] = useActionState(reportAction, emptyFormState);
  const answered = Object.keys(state.errors).length > 0 || Boolean(state.message);
  const fieldId = `${id}-reason`;
  return (
    <details className="report-form" open={answered || undefined}>
      <summary className="kern-link kern-link--small cursor-pointer">
        {t("summary")}
        <span className="kern-sr-only">: {t(`context.${targetType}`, { name })}</span>
      </summary>
      <form action={action} className="mt-8 flex max-w-576 flex-col gap-12">
        <input type="hidden" name="targetType" value={targetType} />
        <input type="hidden" name="targetId" value={targetId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <fieldset className="kern-fieldset flex flex-col gap-16">
          <legend className="kern-label">{t(`legend.${targetType}`)}</legend>
          <FormErrors errors={state.errors.form} />
          <TextareaField
            id={fieldId}
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            errors={state.errors.reason}
            defaultValue={state.values.reason ?? ""}
            key={state.message ? "sent" : "editing"}
            maxLength={MAX_REASON_LENGTH * 2}
            rows={3}
            aria-required="true"
          />
        </fieldset>
        <div>
          <SubmitButton label={t("submit")} variant="secondary" size="x-small" pending={pending} />
        </div>
        <ActionMessage state={state} />
      </form>
    </details>
  );
}
