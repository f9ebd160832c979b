"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { OrganisationSelect, type OrganisationOption } from "@/components/membership/organisation-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { RadioGroup } from "@/components/ui/radio-group";
import { useChosenPart } from "@/components/ui/use-chosen-part";
import { emptyFormState } from "@/lib/form-state";
import { addDomainAction } from "@/lib/membership/domain-actions";
import { domainBodies } from "@/lib/membership/rules";

type Props = { organisations: OrganisationOption[] };

/** Adds a domain to the allowlist, for a municipality or a listed organisation. */
export function DomainForm({ organisations }: Props) {
  const t = useTranslations("joinAdmin.domains");
  const [state, action, pending] = useActionState(addDomainAction, emptyFormState);
  const v: Record<string, string | undefined> = { body: "municipality", ...state.values };
  const { choose: setBody, shows } = useChosenPart(v.body ?? "municipality");
  const bodyErrors = state.errors.body;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} targets={{ body: `domain-body-${domainBodies[0]}` }} />
      <Field name="domain" label={t("domain")} hint={t("domainHint")} autoCapitalize="none" spellCheck={false} errors={state.errors.domain} defaultValue={v.domain ?? ""} key={`d-${v.domain}`} />
      <RadioGroup
        idPrefix="domain-body"
        name="body"
        legend={t("bodyLegend")}
        options={domainBodies.map((b) => ({ value: b, label: t(`bodies.${b}`) }))}
        chosen={v.body}
        errors={bodyErrors}
        onChange={setBody}
      />
      <div hidden={!shows("municipality")}>
        <MunicipalityPicker
          name="municipalityAgs"
          label={t("municipality")}
          initialAgs={v.municipalityAgs ?? ""}
          initialText={v.municipalityQuery ?? ""}
          errors={state.errors.municipalityAgs}
          key={`m-${v.municipalityAgs}-${v.municipalityQuery}`}
        />
      </div>
      <div hidden={!shows("organisation")}>
        <OrganisationSelect label={t("organisation")} emptyLabel={t("choose")} organisations={organisations} errors={state.errors.organisationId} value={v.organisationId} />
      </div>
      <div>
        <SubmitButton label={t("add")} pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
