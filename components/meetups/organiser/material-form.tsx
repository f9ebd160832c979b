"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { meetupMaterialKinds } from "@/db/schema/meetup-enums";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

export function MaterialForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("meetups.manage.materials");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const v = state.values;
  const e = state.errors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-16 rounded-kern-default bg-kern-layout-background-hued p-16">
      <h3 className="kern-heading-small">{t("addTitle")}</h3>
      {/* The agenda form on the same page has fields named title and type: ids of their own here. */}
      <ErrorSummary errors={e} targets={{ kind: "material-kind", title: "material-title", url: "material-url" }} />
      <div className="grid gap-16 md:grid-cols-[1fr_2fr]">
        <SelectField name="kind" id="material-kind" label={t("kind")} defaultValue={v.kind ?? "slides"} errors={e.kind}>
          {meetupMaterialKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <Field name="title" id="material-title" label={t("itemTitle")} defaultValue={v.title ?? ""} errors={e.title} required maxLength={200} />
      </div>
      <Field name="url" id="material-url" type="url" label={t("url")} hint={t("urlHint")} defaultValue={v.url ?? ""} errors={e.url} maxLength={2000} />
      <div>
        <SubmitButton label={t("add")} pending={pending} pendingLabel={t("adding")} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
