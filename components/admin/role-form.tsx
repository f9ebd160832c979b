"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { FormErrors } from "@/components/ui/field";
import { emptyFormState } from "@/lib/forms";
import { changeMemberRoleAction } from "@/lib/members/actions";

const roles = ["member", "organiser", "moderator", "admin"] as const;

export function RoleForm({ memberId, memberName, role }: { memberId: string; memberName: string; role: string }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(changeMemberRoleAction, emptyFormState);
  const selectId = `role-${memberId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-8">
      <input type="hidden" name="memberId" value={memberId} />
      <label htmlFor={selectId} className="kern-sr-only">
        {t("roleFor", { name: memberName })}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={selectId} name="role" defaultValue={state.values.role ?? role} className="kern-form-input__select">
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={pending}>
        <span className="kern-label">{t("save")}</span>
      </button>
      <FormErrors errors={state.errors.form ?? state.errors.role} />
      <ActionMessage message={state.message} />
    </form>
  );
}
