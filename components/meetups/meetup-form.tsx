"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { meetupFormats } from "@/db/schema/meetup-enums";
import type { FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** Drafts can be saved or published; a published meetup is only saved. */
  draft: boolean;
};

export function MeetupForm({ action, initial, draft }: Props) {
  const t = useTranslations("meetups");
  const tf = useTranslations("meetups.form");
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const v = state.values;
  const e = state.errors;
  const text = (name: string) => ({ name, defaultValue: v[name] ?? "", errors: e[name] });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-32">
      <ErrorSummary errors={e} />
      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("basics")}</legend>
        <Field {...text("title")} label={tf("title")} required maxLength={160} />
        <TextareaField {...text("description")} label={tf("description")} rows={8} />
      </fieldset>
      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("time")}</legend>
        <div className="grid gap-16 md:grid-cols-2">
          <Field {...text("startDate")} type="date" label={tf("startDate")} required />
          <Field {...text("startTime")} type="time" label={tf("startTime")} required />
          <Field {...text("endDate")} type="date" label={tf("endDate")} required />
          <Field {...text("endTime")} type="time" label={tf("endTime")} required />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("place")}</legend>
        <SelectField name="format" label={tf("format")} defaultValue={v.format ?? "in_person"} errors={e.format}>
          {meetupFormats.map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </SelectField>
        <Field {...text("venueName")} label={tf("venueName")} />
        <Field {...text("venueAddress")} label={tf("venueAddress")} />
        <Field {...text("onlineUrl")} type="url" label={tf("onlineUrl")} hint={tf("onlineUrlHint")} />
        <MunicipalityPicker
          name="hostMunicipalityAgs"
          label={tf("host")}
          initialAgs={v.hostMunicipalityAgs ?? ""}
          initialText={v.municipalityQuery ?? v.hostMunicipalityName ?? ""}
          errors={e.hostMunicipalityAgs}
        />
      </fieldset>
      <fieldset className="kern-fieldset flex flex-col gap-16">
        <legend className="kern-heading-medium">{tf("registration")}</legend>
        <Field {...text("capacity")} inputMode="numeric" label={tf("capacity")} required />
        <div className="grid gap-16 md:grid-cols-2">
          <Field {...text("registrationDeadlineDate")} type="date" label={tf("deadlineDate")} />
          <Field {...text("registrationDeadlineTime")} type="time" label={tf("deadlineTime")} />
        </div>
      </fieldset>
      {!draft ? <p className="kern-body kern-body--small">{tf("changeNotice")}</p> : null}
      <div className="flex flex-wrap gap-16">
        {draft ? (
          <>
            <SubmitButton label={tf("publish")} name="intent" value="publish" pending={pending} pendingLabel={tf("saving")} />
            <SubmitButton label={tf("saveDraft")} variant="secondary" name="intent" value="draft" pending={pending} />
          </>
        ) : (
          <SubmitButton label={tf("save")} name="intent" value="save" pending={pending} pendingLabel={tf("saving")} />
        )}
      </div>
    </form>
  );
}
