"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { emptyFormState } from "@/lib/forms";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
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
        defaultValue={state.values.email ?? ""}
        key={state.values.email ?? ""}
      />
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
          <span className="kern-label">{pending ? t("sending") : t("submit")}</span>
        </button>
      </div>
    </form>
  );
}
