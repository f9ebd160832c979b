"use client";

import { FieldError } from "@/components/ui/field";

type Option = { value: string; label: string; hint?: string };

/**
 * A KERN radio group: legend, the error under it, one radio per option (with an optional hint).
 * The radios are keyed on the chosen value, because React 19 resets a form after an action and the
 * reset must land on what was chosen; each radio's id is `<idPrefix>-<value>`, the group's error
 * `<idPrefix>-error` (the error summary links to the first radio).
 */
export function RadioGroup({
  idPrefix,
  name,
  legend,
  options,
  chosen,
  errors,
  onChange,
}: {
  idPrefix: string;
  name: string;
  legend: string;
  options: Option[];
  chosen: string | undefined;
  errors?: string[];
  onChange?: (value: string) => void;
}) {
  const hasError = Boolean(errors?.length);
  return (
    <fieldset className={`kern-fieldset ${hasError ? "kern-fieldset--error" : ""}`} aria-describedby={hasError ? `${idPrefix}-error` : undefined}>
      <legend className="kern-label">{legend}</legend>
      <FieldError id={`${idPrefix}-error`} errors={errors} />
      <div className="kern-fieldset__body flex flex-col gap-8">
        {options.map((option) => (
          <div key={option.value} className="kern-form-check">
            <input
              key={`${option.value}-${chosen}`}
              className="kern-form-check__radio"
              type="radio"
              id={`${idPrefix}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={chosen === option.value}
              aria-describedby={option.hint ? `${idPrefix}-${option.value}-hint` : undefined}
              onChange={onChange ? () => onChange(option.value) : undefined}
            />
            <label className="kern-label" htmlFor={`${idPrefix}-${option.value}`}>
              {option.label}
            </label>
            {option.hint ? (
              <div className="kern-hint col-start-2 pl-16" id={`${idPrefix}-${option.value}-hint`}>
                {option.hint}
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
