"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { memberRoles as roles } from "@/db/schema/member-enums";
import { emptyFormState } from "@/lib/form-state";
import { changeMemberRoleAction } from "@/lib/members/actions";
import { SubmitButton } from "@/components/ui/submit-button";

export function RoleForm({ memberId, memberName, role }: { memberId: string; memberName: string; role: string }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(changeMemberRoleAction, emptyFormState);
  const selectId = `role-${memberId}`;
  return (
    <form action={action} className="flex flex-col gap-8">
      <ErrorSummary errors={state.errors} targets={{ role: selectId }} />
      <div className="flex flex-wrap items-center gap-8">
        <input type="hidden" name="memberId" value={memberId} />
        <SelectField name="role" id={selectId} label={t("roleFor", { name: memberName })} hideLabel defaultValue={state.values.role ?? role}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton label={t("save")} variant="secondary" size="x-small" pending={pending} />
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
