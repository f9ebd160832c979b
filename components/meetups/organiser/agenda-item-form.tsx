"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, FieldError } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { agendaItemTypes } from "@/db/schema/meetup-enums";
import { Link } from "@/i18n/navigation";
import { emptyFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** Speaker rows offered at once; more than three on one agenda item are rare. */
const SPEAKER_ROWS = 3;

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The meetup's days in Berlin ("2027-03-28") with their labels; one day needs no choice. */
  days: { value: string; label: string }[];
  /** Suggested date, time, duration and type for the next item. */
  defaults: Record<string, string>;
  candidates: { id: string; label: string }[];
  /** Editing a stored item instead of adding one: its id (a hidden field) and where "Abbrechen" leads. */
  edit?: { itemId: string; cancelHref: string };
};

export function AgendaItemForm({ action, days, defaults, candidates, edit }: Props) {
  const t = useTranslations("meetups.manage.agenda");
  const tEdit = useTranslations("ui.agendaEdit");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const v = { ...defaults, ...state.values };
  const e = state.errors;
  // A stored item may have more speakers than the rows offered for a new one.
  const speakerRows = Math.max(SPEAKER_ROWS, ...Object.keys(v).map((key) => Number(/^speakers-(\d+)-/.exec(key)?.[1] ?? -1) + 1));
  const text = (name: string) => ({ name, defaultValue: v[name] ?? "", errors: e[name] });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-16 rounded-kern-default bg-kern-layout-background-hued p-16">
      <h3 className="kern-heading-small">{edit ? tEdit("title") : t("addTitle")}</h3>
      {edit ? <input type="hidden" name="itemId" value={edit.itemId} /> : null}
      <ErrorSummary errors={e} targets={{ speakers: "speakers-0-userId", ...(days.length > 1 ? {} : { date: "time" }) }} />
      <Field {...text("title")} label={t("itemTitle")} required maxLength={200} />
      <div className="grid gap-16 md:grid-cols-3">
        <SelectField name="type" label={t("type")} defaultValue={v.type ?? "talk"} errors={e.type}>
          {agendaItemTypes.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </SelectField>
        {days.length > 1 ? (
          <SelectField name="date" label={t("date")} defaultValue={v.date ?? days[0]?.value} errors={e.date}>
            {days.map((day) => (
              <option key={day.value} value={day.value}>
                {day.label}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="date" value={days[0]?.value ?? ""} />
        )}
        <Field {...text("time")} type="time" label={t("time")} hint={t("timeHint")} required />
        <Field {...text("durationMinutes")} type="number" min={1} max={1440} step={1} label={t("duration")} required />
      </div>
      {days.length > 1 ? null : <FieldError id="date-error" errors={e.date} />}
      <TextareaField {...text("description")} label={t("description")} rows={3} maxLength={5000} />

      <fieldset className="kern-fieldset flex flex-col gap-12" aria-describedby={e.speakers ? "speakers-error" : "speakers-hint"}>
        <legend className="kern-label">{t("speakers")}</legend>
        <p className="kern-hint" id="speakers-hint">
          {t("speakersHint")}
        </p>
        {Array.from({ length: speakerRows }, (_, i) => (
          <div key={i} className="grid gap-16 md:grid-cols-2">
            <SelectField name={`speakers-${i}-userId`} label={t("speakerMember", { n: i + 1 })} defaultValue={v[`speakers-${i}-userId`] ?? ""}>
              <option value="">{t("speakerNoMember")}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </SelectField>
            <Field name={`speakers-${i}-guestName`} label={t("speakerGuest", { n: i + 1 })} defaultValue={v[`speakers-${i}-guestName`] ?? ""} errors={e[`speakers-${i}-guestName`]} maxLength={120} autoComplete="off" />
          </div>
        ))}
        <FieldError id="speakers-error" errors={e.speakers} />
      </fieldset>

      <Field {...text("solutionSlugs")} label={t("solutions")} hint={t("solutionsHint")} autoComplete="off" />
      <div className="flex flex-wrap items-center gap-16">
        <SubmitButton label={edit ? (pending ? tEdit("saving") : tEdit("save")) : pending ? t("adding") : t("add")} pending={pending} />
        {edit ? (
          <Link href={edit.cancelHref} className="kern-link">
            {tEdit("cancel")}
          </Link>
        ) : null}
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
