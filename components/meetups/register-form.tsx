"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { TextareaField } from "@/components/ui/textarea-field";
import { isAsking } from "@/lib/confirmation";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

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
  const [registerState, registerAction, pending] = useActionState(register, emptyFormState);
  const [cancelState, cancelAction, cancelling] = useActionState(cancel, emptyFormState);
  // Two actions, one box: only the result of the one that ran last is shown, so "Sie sind angemeldet"
  // does not stay beside "Ihre Anmeldung ist zurückgezogen" (issue 9). Adjusted during render, as
  // React recommends for state that follows other state. Without JavaScript the form posts, the
  // server renders the page anew with the answer as the action's state, and this is the first render:
  // so the first render shows the cancel result whenever there is one (else the server's question,
  // "Wollen Sie Ihre Anmeldung wirklich zurückziehen?", would be dropped and the step would loop).
  const [latest, setLatest] = useState<{ register: FormState; cancel: FormState; shown: "register" | "cancel" }>(() => ({
    register: registerState,
    cancel: cancelState,
    shown: cancelState !== emptyFormState ? "cancel" : "register",
  }));
  if (latest.register !== registerState || latest.cancel !== cancelState) {
    setLatest({ register: registerState, cancel: cancelState, shown: latest.cancel !== cancelState ? "cancel" : "register" });
  }
  const state = latest.shown === "register" ? registerState : emptyFormState;
  const shownCancel = latest.shown === "cancel" ? cancelState : emptyFormState;
  // What the member sent last, over what is stored; after a withdrawal only what is stored (nothing).
  const values = { note: current?.note ?? "", listPublicly: current?.listPublicly ? "on" : "", ...state.values };
  return (
    <div className="flex flex-col gap-12">
      {current ? (
        <p className="kern-body kern-body--bold">
          {current.status === "registered" ? t("youAreRegistered") : t("youAreWaitlisted", { position: current.waitlistPosition ?? 1 })}
        </p>
      ) : null}
      <form action={registerAction} className="flex flex-col gap-12">
        <ErrorSummary errors={state.errors} />
        <TextareaField name="note" label={t("note")} hint={t("noteHint")} rows={2} defaultValue={values.note} errors={state.errors.note} maxLength={500} />
        <CheckboxField name="listPublicly" label={t("listPublicly")} checked={values.listPublicly === "on"} />
        <div>
          <SubmitButton label={current ? t("update") : full ? t("submitWaitlist") : t("submit")} pending={pending} />
        </div>
        <ActionMessage state={state} />
      </form>
      {current ? (
        <form action={cancelAction} className="flex flex-col gap-12">
          <ErrorSummary errors={shownCancel.errors} />
          {isAsking(shownCancel) ? (
            <ConfirmStep
              question={current.status === "registered" && full ? t("cancelQuestionFull") : t("cancelQuestion")}
              confirmLabel={t("cancelConfirm")}
              cancelLabel={t("cancelKeep")}
              pending={cancelling}
            />
          ) : (
            <div>
              <SubmitButton label={t("cancel")} variant="secondary" pending={cancelling} />
            </div>
          )}
        </form>
      ) : null}
      <ActionMessage state={shownCancel} />
    </div>
  );
}
