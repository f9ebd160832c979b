"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import type { FormState } from "@/lib/form-state";
import { saveProfileAction } from "@/lib/members/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";

type Props = {
  next: string;
  initial: { name: string; roleTitle: string; municipalityAgs: string; municipalityName: string };
  /** A verified member's municipality (or organisation): shown, not editable; a change is a new application. */
  fixedBody?: { label: string; name: string };
};

export function ProfileForm({ next, initial, fixedBody }: Props) {
  const t = useTranslations("auth.onboarding");
  const tj = useTranslations("join.profile");
  const [state, action, pending] = useActionState<FormState, FormData>(saveProfileAction, { values: initial, errors: {} });
  const v = state.values;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="next" value={next} />
      <Field name="name" label={t("name")} hint={t("nameHint")} autoComplete="name" required errors={state.errors.name} defaultValue={v.name ?? ""} key={`name-${v.name}`} />
      {fixedBody ? (
        <div className="flex flex-col gap-4">
          <p className="kern-label">
            {fixedBody.label}
          </p>
          <p className="kern-body">
            <strong>{fixedBody.name}</strong>
          </p>
          <p className="kern-hint" id="fixed-body-note">
            {tj("fixedNote")}{" "}
            <Link href="/join" className="kern-link">
              {tj("fixedLink")}
            </Link>
          </p>
        </div>
      ) : (
        <MunicipalityPicker
          name="municipalityAgs"
          initialAgs={v.municipalityAgs ?? ""}
          initialText={v.municipalityQuery ?? v.municipalityName ?? ""}
          errors={state.errors.municipalityAgs}
          key={`m-${v.municipalityAgs}-${v.municipalityQuery}`}
        />
      )}
      <Field name="roleTitle" label={t("roleTitle")} hint={t("roleTitleHint")} autoComplete="organization-title" errors={state.errors.roleTitle} defaultValue={v.roleTitle ?? ""} key={`role-${v.roleTitle}`} />
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
