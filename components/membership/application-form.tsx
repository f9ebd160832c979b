"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { SelectField } from "@/components/ui/select-field";
import { OrganisationSelect, type OrganisationOption } from "@/components/membership/organisation-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { RadioGroup } from "@/components/ui/radio-group";
import { useChosenPart } from "@/components/ui/use-chosen-part";
import { emptyFormState } from "@/lib/form-state";
import { submitApplicationAction } from "@/lib/membership/application-actions";
import { applicationBodies } from "@/lib/membership/rules";

type Props = {
  organisations: OrganisationOption[];
  states: { code: string; name: string }[];
  initial: { municipalityAgs: string; municipalityName: string; roleTitle: string };
};

/**
 * The application of /join: for whom the applicant works (a municipality, a listed organisation or
 * one not listed yet), their role and why. Without JavaScript all three parts show and the chosen
 * radio decides; with it only the chosen part does.
 */
export function ApplicationForm({ organisations, states, initial }: Props) {
  const t = useTranslations("join.form");
  const [state, action, pending] = useActionState(submitApplicationAction, emptyFormState);
  const v: Record<string, string | undefined> = { body: "municipality", ...initial, ...state.values };
  const { choose: setBody, shows } = useChosenPart(v.body ?? "municipality");
  const bodyErrors = state.errors.body;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} targets={{ body: `body-${applicationBodies[0]}` }} />
      <RadioGroup
        idPrefix="body"
        name="body"
        legend={t("bodyLegend")}
        options={applicationBodies.map((b) => ({ value: b, label: t(`bodies.${b}`) }))}
        chosen={v.body}
        errors={bodyErrors}
        onChange={setBody}
      />
      <div hidden={!shows("municipality")}>
        <MunicipalityPicker
          name="municipalityAgs"
          initialAgs={v.municipalityAgs ?? ""}
          initialText={v.municipalityQuery ?? v.municipalityName ?? ""}
          errors={state.errors.municipalityAgs}
          key={`m-${v.municipalityAgs}-${v.municipalityQuery}`}
        />
      </div>
      <div hidden={!shows("organisation")}>
        <OrganisationSelect label={t("organisation")} hint={t("organisationHint")} emptyLabel={t("choose")} organisations={organisations} errors={state.errors.organisationId} value={v.organisationId} />
      </div>
      <div hidden={!shows("newOrganisation")} className="flex flex-col gap-20">
        <Field name="organisationName" label={t("organisationName")} hint={t("organisationNameHint")} errors={state.errors.organisationName} defaultValue={v.organisationName ?? ""} key={`on-${v.organisationName}`} />
        <SelectField name="organisationStateCode" label={t("state")} errors={state.errors.organisationStateCode} defaultValue={v.organisationStateCode ?? ""}>
          <option value="">{t("choose")}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Field name="roleTitle" label={t("roleTitle")} hint={t("roleTitleHint")} autoComplete="organization-title" required errors={state.errors.roleTitle} defaultValue={v.roleTitle ?? ""} key={`r-${v.roleTitle}`} />
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} required errors={state.errors.reason} defaultValue={v.reason ?? ""} key={`why-${v.reason}`} />
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("sending")} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
