"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { mailDeliveries, notificationKinds } from "@/db/schema/discussion-enums";
import type { FormState } from "@/lib/form-state";
import { saveNotificationSettingsAction } from "@/lib/notifications/settings-actions";
import { SETTINGS_ORDER, type DeliverySettings } from "@/lib/notifications/settings-rules";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * One radio group per notification kind (immediately / daily / weekly / never). Works without
 * JavaScript: the action saves and redirects back with "Gespeichert.".
 */
export function NotificationSettingsForm({ initial }: { initial: DeliverySettings }) {
  const t = useTranslations("notificationSettings");
  const tAll = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(saveNotificationSettingsAction, { values: initial, errors: {} });
  return (
    <form action={action} noValidate className="flex flex-col gap-24">
      <ErrorSummary errors={state.errors} targets={Object.fromEntries(notificationKinds.map((kind) => [kind, `${kind}-${mailDeliveries[0]}`]))} />
      {SETTINGS_ORDER.map((kind) => {
        const chosen = state.values[kind] ?? initial[kind];
        const errors = state.errors[kind];
        return (
          <fieldset key={kind} className={`kern-fieldset ${errors?.length ? "kern-fieldset--error" : ""}`} aria-describedby={`${kind}-hint`}>
            <legend className="kern-label">{t(`kinds.${kind}.label`)}</legend>
            <p id={`${kind}-hint`} className="kern-hint">
              {t(`kinds.${kind}.hint`)}
            </p>
            {errors?.length ? (
              <p className="kern-error" role="alert">
                <span className="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true" />
                <span className="kern-body">{errors.map((key) => tAll(key)).join(" ")}</span>
              </p>
            ) : null}
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              {mailDeliveries.map((delivery) => (
                <div key={delivery} className="kern-form-check">
                  <input
                    // Keyed on the choice: React 19 resets the form after an action, and the reset must land on what was chosen.
                    key={`${delivery}-${chosen}`}
                    className="kern-form-check__radio"
                    type="radio"
                    id={`${kind}-${delivery}`}
                    name={kind}
                    value={delivery}
                    defaultChecked={chosen === delivery}
                  />
                  <label className="kern-label" htmlFor={`${kind}-${delivery}`}>
                    {t(`deliveries.${delivery}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div>
        <SubmitButton label={t("submit")} pending={pending} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
