"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, FieldError } from "@/components/ui/field";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { emptyFormState } from "@/lib/forms";
import { addDomainAction } from "@/lib/membership/domain-actions";
import { domainBodies } from "@/lib/membership/domain-schema";

const noSubscription = () => () => {};

type Props = { organisations: { id: string; name: string; stateName: string }[] };

/** Adds a domain to the allowlist, for a municipality or a listed organisation. */
export function DomainForm({ organisations }: Props) {
  const t = useTranslations("joinAdmin.domains");
  const [state, action, pending] = useActionState(addDomainAction, emptyFormState);
  const v: Record<string, string | undefined> = { body: "municipality", ...state.values };
  const [body, setBody] = useState(v.body ?? "municipality");
  // Without JavaScript every part shows (the server render); once hydrated only the chosen one.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const shows = (part: string) => !hydrated || body === part;
  const bodyErrors = state.errors.body;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} targets={{ body: `domain-body-${domainBodies[0]}` }} />
      <Field name="domain" label={t("domain")} hint={t("domainHint")} autoCapitalize="none" spellCheck={false} errors={state.errors.domain} defaultValue={v.domain ?? ""} key={`d-${v.domain}`} />
      <fieldset className={`kern-fieldset ${bodyErrors?.length ? "kern-fieldset--error" : ""}`} aria-describedby={bodyErrors?.length ? "domain-body-error" : undefined}>
        <legend className="kern-label">{t("bodyLegend")}</legend>
        <FieldError id="domain-body-error" errors={bodyErrors} />
        <div className="kern-fieldset__body flex flex-col gap-8">
          {domainBodies.map((b) => (
            <div key={b} className="kern-form-check">
              <input
                key={`${b}-${v.body}`}
                className="kern-form-check__radio"
                type="radio"
                id={`domain-body-${b}`}
                name="body"
                value={b}
                defaultChecked={v.body === b}
                onChange={() => setBody(b)}
              />
              <label className="kern-label" htmlFor={`domain-body-${b}`}>
                {t(`bodies.${b}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
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
        <SelectField name="organisationId" label={t("organisation")} errors={state.errors.organisationId} defaultValue={v.organisationId ?? ""}>
          <option value="">{t("choose")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.name} (${o.stateName})`}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <SubmitButton label={t("add")} pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
