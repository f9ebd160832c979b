"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MunicipalityPicker } from "@/components/municipalities/municipality-picker";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { OrganisationSelect, type OrganisationOption } from "@/components/membership/organisation-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { MemberRole } from "@/db/schema/member-enums";
import { inviteAction, type InviteState } from "@/lib/invitations/actions";

type Props = {
  organisations: OrganisationOption[];
  /** The roles this inviter may give: admins all, everyone else "member" only. */
  roles: readonly MemberRole[];
};

/** The invitation form: a pasted list, where to (municipality or organisation), the role; then one result per address. */
export function InviteForm({ organisations, roles }: Props) {
  const t = useTranslations("invitations");
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, { values: {}, errors: {} });
  const v = state.values;
  return (
    <form action={action} noValidate className="flex flex-col gap-20">
      <ErrorSummary errors={state.errors} targets={{ municipalityAgs: "municipalityAgs" }} />
      <TextareaField
        name="emails"
        label={t("form.emails")}
        hint={t("form.emailsHint")}
        required
        rows={4}
        autoComplete="off"
        spellCheck={false}
        errors={state.errors.emails}
        defaultValue={v.emails ?? ""}
        key={`emails-${v.emails ?? ""}`}
      />
      <MunicipalityPicker
        name="municipalityAgs"
        label={t("form.municipality")}
        initialAgs={v.municipalityAgs ?? ""}
        initialText={v.municipalityQuery ?? ""}
        errors={state.errors.municipalityAgs}
        key={`m-${v.municipalityAgs}-${v.municipalityQuery}`}
      />
      {organisations.length > 0 ? (
        <OrganisationSelect label={t("form.organisation")} hint={t("form.organisationHint")} emptyLabel={t("form.organisationNone")} organisations={organisations} errors={state.errors.organisationId} value={v.organisationId} />
      ) : null}
      {roles.length > 1 ? (
        <SelectField name="role" label={t("form.role")} hint={t("form.roleHint")} errors={state.errors.role} defaultValue={v.role ?? "member"}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" name="role" value="member" />
      )}
      <div>
        <SubmitButton label={t("form.submit")} pending={pending} pendingLabel={t("form.sending")} />
      </div>
      <ActionMessage state={state} />
      {state.report && state.report.length > 0 ? (
        <section aria-labelledby="invite-results" className="flex flex-col gap-8">
          <h3 id="invite-results" className="kern-heading-small">
            {t("form.resultsTitle")}
          </h3>
          <ul className="kern-list">
            {state.report.map((r) => (
              <li key={r.email} className="wrap-anywhere">
                <span className="font-bold">{r.email}</span>: {t(`form.outcome.${r.outcome}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}
