"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { emptyFormState, type FormState } from "@/lib/form-state";
import type { ParticipantRow } from "@/lib/meetups/participant-queries";
import { ParticipantTable } from "./participant-table";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  caption: string;
  /** Members holding a seat: only they can be marked. */
  rows: ParticipantRow[];
};

/** The seat holders with a checkbox each, once the meetup has begun. */
export function AttendanceForm({ action, caption, rows }: Props) {
  const t = useTranslations("meetups.manage.participants");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  // After a refusal the boxes show what was ticked, not what is stored.
  const failed = Object.keys(state.errors).length > 0;
  const ticked = failed ? new Set((state.values.attended ?? "").split(",").filter(Boolean)) : null;
  return (
    <form action={formAction} className="flex flex-col gap-12">
      <ErrorSummary errors={{ form: Object.values(state.errors).flat() }} />
      <ParticipantTable caption={caption} rows={rows} attendance={{ checked: (row) => (ticked ? ticked.has(row.userId) : row.attended === true) }} />
      <p className="kern-hint">{t("attendanceHint")}</p>
      <div>
        <SubmitButton label={t("attendanceSubmit")} pending={pending} pendingLabel={t("attendanceSaving")} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
