"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { InviteState } from "@/lib/invitations/actions";

type Props = { action: (state: InviteState, formData: FormData) => Promise<InviteState> };

/** Meetup guests on the manage page: a pasted list, then one result per address. */
export function GuestInviteForm({ action }: Props) {
  const t = useTranslations("invitations");
  const [state, formAction, pending] = useActionState<InviteState, FormData>(action, { values: {}, errors: {} });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} targets={{ emails: "guest-emails" }} />
      <TextareaField
        id="guest-emails"
        name="emails"
        label={t("form.emails")}
        hint={t("form.emailsHint")}
        required
        rows={3}
        autoComplete="off"
        spellCheck={false}
        errors={state.errors.emails}
        defaultValue={state.values.emails ?? ""}
        key={`guests-${state.values.emails ?? ""}`}
      />
      <div>
        <SubmitButton label={t("guests.submit")} variant="secondary" pending={pending} pendingLabel={t("form.sending")} />
      </div>
      <ActionMessage state={state} />
      {state.report && state.report.length > 0 ? (
        <ul className="kern-list" aria-label={t("form.resultsTitle")}>
          {state.report.map((r) => (
            <li key={r.email} className="wrap-anywhere">
              <span className="font-bold">{r.email}</span>: {t(`form.outcome.${r.outcome}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
