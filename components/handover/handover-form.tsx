"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { HandoverState } from "@/lib/handover/actions";
import { isAsking } from "@/lib/confirmation";
import { emptyFormState } from "@/lib/form-state";

type Props = {
  action: (state: HandoverState, formData: FormData) => Promise<HandoverState>;
  /** Set when an admin hands over another member's contributions. */
  fromId?: string;
  successors: { id: string; name: string | null }[];
};

/** Pick the successor, send, answer the server's question, read what moved. */
export function HandoverForm({ action, fromId, successors }: Props) {
  const t = useTranslations("handover.form");
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(action, emptyFormState as HandoverState);
  const asking = isAsking(state);
  const chosen = successors.find((s) => s.id === state.values.toId);
  const errorText = (field: string) => state.errors[field]?.map((key) => te(key));
  return (
    <form action={formAction} className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} />
      {fromId ? <input type="hidden" name="fromId" value={fromId} /> : null}
      {asking && chosen ? (
        <>
          <input type="hidden" name="toId" value={chosen.id} />
          <ConfirmStep question={t("question", { name: chosen.name ?? "" })} confirmLabel={pending ? t("sending") : t("confirm")} cancelLabel={t("back")} pending={pending} />
        </>
      ) : (
        <>
          <SelectField name="toId" label={t("successor")} hint={t("successorHint")} errors={errorText("toId")} defaultValue={state.values.toId ?? ""} required>
            <option value="">{t("choose")}</option>
            {successors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <div>
            <SubmitButton label={t("prepare")} pending={pending} />
          </div>
        </>
      )}
      {state.counts && Object.keys(state.errors).length === 0 ? (
        <Alert variant="success" role="status" title={t("done")}>
            <ul className="kern-list kern-list--bullet">
              <li>{t("counts.solutions", { count: state.counts.solutions })}</li>
              <li>{t("counts.coauthorships", { count: state.counts.coauthorships })}</li>
              <li>{t("counts.meetups", { count: state.counts.meetups })}</li>
              <li>{t("counts.contacts", { count: state.counts.contacts })}</li>
            </ul>
        </Alert>
      ) : null}
    </form>
  );
}
