"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ServicePicker } from "@/components/solutions/service-picker";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/forms";
import { saveProfileDetailsAction } from "@/lib/members/profile-actions";

type Named = { id: number; name: string };

type Props = {
  initial: { bio: string; phone: string; showEmail: boolean; showPhone: boolean; software: string[]; themenfelder: Named[]; services: Named[] };
  themenfelder: Named[];
  email: string;
};

/**
 * Bio, contact and expertise of the signed-in member. A plain form: without JavaScript the service
 * picker is a text box for OZG-IDs, everything else works as it is; the action comes back with
 * "Gespeichert." or with the input and a message next to each field.
 */
export function ProfileDetailsForm({ initial, themenfelder, email }: Props) {
  const t = useTranslations("members.settings");
  const [state, action, pending] = useActionState<FormState, FormData>(saveProfileDetailsAction, {
    values: {
      bio: initial.bio,
      phone: initial.phone,
      showEmail: initial.showEmail ? "on" : "",
      showPhone: initial.showPhone ? "on" : "",
      software: initial.software.join("\n"),
      themenfeldIds: initial.themenfelder.map((tf) => tf.id).join(","),
      servicesJson: JSON.stringify(initial.services),
    },
    errors: {},
  });
  const v = state.values;
  const e = state.errors;
  const chosenThemenfelder = new Set((v.themenfeldIds ?? "").split(",").filter(Boolean));
  const services = v.servicesJson ? (JSON.parse(v.servicesJson) as Named[]) : initial.services;
  return (
    <form action={action} noValidate className="flex flex-col gap-24">
      <ErrorSummary errors={e} targets={{ themenfeldIds: `themenfeld-${themenfelder[0]?.id ?? ""}`, showEmail: "showEmail", showPhone: "showPhone" }} />
      <TextareaField name="bio" label={t("bio")} hint={t("bioHint")} rows={5} maxLength={1000} errors={e.bio} defaultValue={v.bio ?? ""} key={`bio-${v.bio}`} />

      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t("contactLegend")}</legend>
        <p className="kern-hint" id="contact-hint">
          {t("contactHint")}
        </p>
        <div className="kern-fieldset__body flex flex-col gap-16">
          <CheckboxField name="showEmail" label={t("showEmail", { email })} checked={v.showEmail === "on"} aria-describedby="contact-hint" />
          <Field name="phone" type="tel" label={t("phone")} hint={t("phoneHint")} autoComplete="tel" errors={e.phone} defaultValue={v.phone ?? ""} key={`phone-${v.phone}`} />
          <CheckboxField name="showPhone" label={t("showPhone")} checked={v.showPhone === "on"} aria-describedby="contact-hint" />
        </div>
      </fieldset>

      <TextareaField
        name="software"
        label={t("software")}
        hint={t("softwareHint")}
        rows={4}
        errors={e.software}
        defaultValue={v.software ?? ""}
        key={`software-${v.software}`}
      />

      <fieldset className={`kern-fieldset ${e.themenfeldIds?.length ? "kern-fieldset--error" : ""}`} aria-describedby="themenfeld-hint">
        <legend className="kern-label">{t("themenfelder")}</legend>
        <p className="kern-hint" id="themenfeld-hint">
          {t("themenfelderHint")}
        </p>
        <FieldError id="themenfeldIds-error" errors={e.themenfeldIds} />
        <div className="kern-fieldset__body grid gap-8 md:grid-cols-2">
          {themenfelder.map((tf) => (
            <CheckboxField key={tf.id} id={`themenfeld-${tf.id}`} name="themenfeldIds" value={String(tf.id)} label={tf.name} checked={chosenThemenfelder.has(String(tf.id))} />
          ))}
        </div>
      </fieldset>

      <ServicePicker key={v.servicesJson} initial={services} errors={e.serviceIds} label={t("services")} hint={t("servicesHint")} />

      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
