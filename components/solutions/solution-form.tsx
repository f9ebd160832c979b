"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, FormErrors } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { solutionLinkKinds, solutionStatuses } from "@/db/schema/solution-enums";
import type { SolutionFormState } from "@/lib/solutions/actions";
import { LINK_ROWS } from "@/lib/solutions/form-values";
import { ConflictNotice } from "./conflict-notice";
import { ServicePicker } from "./service-picker";
import { SubmitButton } from "@/components/ui/submit-button";
import { VisibilityFieldset } from "./visibility-fieldset";

type Props = {
  action: (state: SolutionFormState, formData: FormData) => Promise<SolutionFormState>;
  initial: Record<string, string>;
  initialServices: { id: number; name: string }[];
  /** Members publish for their own municipality; moderators may choose any. */
  municipality: { ags: string; name: string; choosable: boolean };
};

function withoutForm(errors: Record<string, string[]>) {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => field !== "form"));
}

export function SolutionForm({ action, initial, initialServices, municipality }: Props) {
  const t = useTranslations("solutions");
  const tf = useTranslations("solutions.form");
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const v = state.values;
  const e = state.errors;
  const services = v.servicesJson ? (JSON.parse(v.servicesJson) as { id: number; name: string }[]) : initialServices;
  const text = (name: string) => ({ name, defaultValue: v[name] ?? "", errors: e[name] });

  return (
    <form action={formAction} noValidate className="flex flex-col gap-32">
      {state.conflict ? <ConflictNotice conflict={state.conflict} mine={v} /> : null}
      {/* After a conflict the notice above says what happened; the summary lists only field errors. */}
      <ErrorSummary errors={state.conflict ? withoutForm(e) : e} targets={{ links: "link-0-kind", visibility: "visibility-public" }} />
      <input type="hidden" name="expectedVersion" value={v.expectedVersion ?? ""} />

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("basics")}</legend>
        <Field {...text("title")} label={tf("title")} hint={tf("titleHint")} required maxLength={160} />
        <TextareaField {...text("summary")} label={tf("summary")} hint={tf("summaryHint")} required rows={3} maxLength={500} />
        {municipality.choosable ? (
          <MunicipalityPicker
            name="municipalityAgs"
            label={tf("municipality")}
            initialAgs={v.municipalityAgs ?? municipality.ags}
            initialText={v.municipalityQuery ?? municipality.name}
            errors={e.municipalityAgs}
          />
        ) : (
          <div>
            <input type="hidden" name="municipalityAgs" value={municipality.ags} />
            <p className="kern-body" id="municipalityAgs" tabIndex={-1}>
              {tf("municipalityFixed", { municipality: municipality.name })}
            </p>
            <FormErrors errors={e.municipalityAgs} />
          </div>
        )}
        <ServicePicker initial={services} errors={e.serviceIds} />
      </fieldset>

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("implementation")}</legend>
        {/* Status and maturity start empty: a default would publish a guess (issue 9). */}
        <SelectField name="status" label={tf("status")} defaultValue={v.status ?? ""} errors={e.status} required>
          <option value="">{tf("choose")}</option>
          {solutionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <Field {...text("goLiveDate")} type="date" label={tf("goLiveDate")} hint={tf("goLiveDateHint")} />
        <SelectField name="maturity" label={tf("maturity")} defaultValue={v.maturity ?? ""} errors={e.maturity} required>
          <option value="">{tf("choose")}</option>
          {[0, 1, 2, 3, 4].map((level) => (
            <option key={level} value={level}>
              {t(`maturityLevels.${level}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-16 md:grid-cols-2">
          <Field {...text("software")} label={tf("software")} />
          <Field {...text("vendor")} label={tf("vendor")} />
        </div>
        <CheckboxField name="isOpenSource" label={tf("isOpenSource")} checked={v.isOpenSource === "on"} />
        <Field {...text("repositoryUrl")} type="url" label={tf("repositoryUrl")} />
      </fieldset>

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("costs")}</legend>
        <div className="grid gap-16 md:grid-cols-2">
          <Field {...text("costOneOffMin")} inputMode="numeric" label={tf("costOneOffMin")} />
          <Field {...text("costOneOffMax")} inputMode="numeric" label={tf("costOneOffMax")} />
          <Field {...text("costYearlyMin")} inputMode="numeric" label={tf("costYearlyMin")} />
          <Field {...text("costYearlyMax")} inputMode="numeric" label={tf("costYearlyMax")} />
        </div>
        <Field {...text("effortPersonDays")} inputMode="numeric" label={tf("effortPersonDays")} />
      </fieldset>

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("description")}</legend>
        <TextareaField {...text("body")} label={tf("body")} hint={tf("bodyHint")} rows={14} />
        <TextareaField {...text("lessonsLearned")} label={tf("lessonsLearned")} rows={5} />
      </fieldset>

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("contact")}</legend>
        <p className="kern-hint">{tf("contactHint")}</p>
        <Field {...text("contactName")} label={tf("contactName")} autoComplete="off" />
        <div className="grid gap-16 md:grid-cols-2">
          <Field {...text("contactEmail")} type="email" label={tf("contactEmail")} autoComplete="off" />
          <Field {...text("contactPhone")} type="tel" label={tf("contactPhone")} autoComplete="off" />
        </div>
      </fieldset>

      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("more")}</legend>
        <FormErrors errors={e.links} />
        {Array.from({ length: LINK_ROWS }, (_, i) => (
          <div key={i} className="grid gap-16 md:grid-cols-[1fr_2fr_1fr]">
            <SelectField name={`link-${i}-kind`} id={`link-${i}-kind`} label={tf("linkKind", { n: i + 1 })} defaultValue={v[`link-${i}-kind`] ?? ""} errors={e[`link-${i}-kind`]}>
              <option value="">{tf("linkNone")}</option>
              {solutionLinkKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`detail.linkKinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <Field name={`link-${i}-url`} type="url" label={tf("linkUrl", { n: i + 1 })} defaultValue={v[`link-${i}-url`] ?? ""} errors={e[`link-${i}-url`]} />
            <Field name={`link-${i}-label`} label={tf("linkLabel", { n: i + 1 })} defaultValue={v[`link-${i}-label`] ?? ""} errors={e[`link-${i}-label`]} />
          </div>
        ))}
        <Field {...text("tags")} label={tf("tags")} hint={tf("tagsHint")} />
        <Field {...text("basedOnSlug")} label={tf("basedOnSlug")} hint={tf("basedOnHint")} />
      </fieldset>

      <VisibilityFieldset values={v} errors={e} />

      <div className="flex flex-wrap gap-16">
        <SubmitButton label={tf("publish")} name="intent" value="publish" pending={pending} pendingLabel={tf("saving")} />
        <SubmitButton label={tf("saveDraft")} variant="secondary" name="intent" value="draft" pending={pending} />
      </div>
    </form>
  );
}
