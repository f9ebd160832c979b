"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import type { FormState } from "@/lib/forms";
import { saveProfileAction } from "@/lib/members/actions";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  next: string;
  initial: { name: string; roleTitle: string; municipalityAgs: string; municipalityName: string };
};

export function ProfileForm({ next, initial }: Props) {
  const t = useTranslations("auth.onboarding");
  const [state, action, pending] = useActionState<FormState, FormData>(saveProfileAction, { values: initial, errors: {} });
  const v = state.values;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" required errors={state.errors.name} defaultValue={v.name ?? ""} key={`name-${v.name}`} />
      <MunicipalityPicker
        name="municipalityAgs"
        initialAgs={v.municipalityAgs ?? ""}
        initialText={v.municipalityQuery ?? v.municipalityName ?? ""}
        errors={state.errors.municipalityAgs}
        key={`m-${v.municipalityAgs}-${v.municipalityQuery}`}
      />
      <Field name="roleTitle" label={t("roleTitle")} hint={t("roleTitleHint")} autoComplete="organization-title" errors={state.errors.roleTitle} defaultValue={v.roleTitle ?? ""} key={`role-${v.roleTitle}`} />
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
