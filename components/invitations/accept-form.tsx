"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { emptyFormState } from "@/lib/form-state";
import { acceptInvitationAction } from "@/lib/invitations/actions";

export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations("invitations.accept");
  const [state, action, pending] = useActionState(acceptInvitationAction, emptyFormState);
  return (
    <form action={action} className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("accepting")} />
      </div>
    </form>
  );
}
