"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { organisationKinds } from "@/db/schema/membership-enums";
import { emptyFormState } from "@/lib/form-state";
import { decideApplicationAction } from "@/lib/membership/application-actions";

type Props = {
  applicationId: string;
  applicantName: string;
  /** Set when the application names an organisation that is not listed yet: it is created on approval. */
  newOrganisation?: { districts: { code: string; name: string }[] };
};

/** Approve or reject one application; a rejection needs the reason, which the applicant is mailed. */
export function ApplicationDecisionForm({ applicationId, applicantName, newOrganisation }: Props) {
  const t = useTranslations("joinAdmin.applications");
  const [state, action, pending] = useActionState(decideApplicationAction, emptyFormState);
  const id = (field: string) => `${field}-${applicationId}`;
  if (state.message) return <ActionMessage state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-16">
      <ErrorSummary errors={state.errors} targets={{ reason: id("reason"), organisationKind: id("organisationKind"), districtCode: id("districtCode") }} />
      <input type="hidden" name="applicationId" value={applicationId} />
      {newOrganisation ? (
        <>
          <SelectField name="organisationKind" id={id("organisationKind")} label={t("kind")} hint={t("kindHint")} errors={state.errors.organisationKind} defaultValue={state.values.organisationKind ?? ""}>
            <option value="">{t("choose")}</option>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="districtCode" id={id("districtCode")} label={t("district")} errors={state.errors.districtCode} defaultValue={state.values.districtCode ?? ""}>
            <option value="">{t("noDistrict")}</option>
            {newOrganisation.districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      <TextareaField
        name="reason"
        id={id("reason")}
        label={t("reason", { name: applicantName })}
        hint={t("reasonHint")}
        errors={state.errors.reason}
        defaultValue={state.values.reason ?? ""}
        key={`reason-${state.values.reason}`}
        rows={3}
      />
      <div className="flex flex-wrap gap-12">
        <SubmitButton label={t("approve")} name="decision" value="approve" pending={pending} aria-label={`${t("approve")} – ${applicantName}`} />
        <SubmitButton label={t("reject")} name="decision" value="reject" variant="secondary" pending={pending} aria-label={`${t("reject")} – ${applicantName}`} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
