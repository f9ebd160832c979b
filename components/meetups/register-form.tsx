"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { emptyFormState, type FormState } from "@/lib/forms";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  register: Action;
  cancel: Action;
  current: { status: "registered" | "waitlisted"; waitlistPosition: number | null; note: string | null; listPublicly: boolean } | null;
  full: boolean;
};

/** Register in two clicks; registered members can update their note or withdraw. */
export function RegisterForm({ register, cancel, current, full }: Props) {
  const t = useTranslations("meetups.register");
  const [state, registerAction, pending] = useActionState(register, emptyFormState);
  const [cancelState, cancelAction, cancelling] = useActionState(cancel, emptyFormState);
  const values = { note: current?.note ?? "", listPublicly: current?.listPublicly ? "on" : "", ...state.values };
  return (
    <div className="flex flex-col gap-12">
      {current ? (
        <p className="kern-body kern-body--bold">
          {current.status === "registered" ? t("youAreRegistered") : t("youAreWaitlisted", { position: current.waitlistPosition ?? 1 })}
        </p>
      ) : null}
      <form action={registerAction} className="flex flex-col gap-12">
        <FormErrors errors={state.errors.form} />
        <TextareaField name="note" label={t("note")} hint={t("noteHint")} rows={2} defaultValue={values.note} errors={state.errors.note} maxLength={500} />
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id="listPublicly" name="listPublicly" defaultChecked={values.listPublicly === "on"} />
          <label className="kern-label" htmlFor="listPublicly">
            {t("listPublicly")}
          </label>
        </div>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
            <span className="kern-label">{current ? t("update") : full ? t("submitWaitlist") : t("submit")}</span>
          </button>
        </div>
        <ActionMessage message={state.message} />
      </form>
      {current ? (
        <form action={cancelAction}>
          <FormErrors errors={cancelState.errors.form} />
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={cancelling}>
            <span className="kern-label">{t("cancel")}</span>
          </button>
        </form>
      ) : null}
      <ActionMessage message={cancelState.message} />
    </div>
  );
}
