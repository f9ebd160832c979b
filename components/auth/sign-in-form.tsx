"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { emptyFormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** `initialEmail`: prefilled, e.g. with the invited address on an invitation's page. */
export function SignInForm({ callbackUrl, initialEmail = "" }: { callbackUrl: string; initialEmail?: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState(requestSignInLinkAction, emptyFormState);
  return (
    <form action={action} noValidate className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("email")}
        hint={t("emailHint")}
        errors={state.errors.email}
        defaultValue={state.values.email ?? initialEmail}
        key={state.values.email ?? initialEmail}
      />
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("sending")} />
      </div>
    </form>
  );
}
