import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldError } from "./field";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** The label is read out but not shown (a role select in a table row that its column heading names). */
  hideLabel?: boolean;
  children: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "children" | "value">;

export function SelectField({ name, label, hint, errors, hideLabel, children, id, defaultValue, ...select }: Props) {
  const selectId = id ?? name;
  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${selectId}-hint` : null, hasError ? `${selectId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${hasError ? "kern-form-input--error" : ""}`}>
      <label className={hideLabel ? "kern-sr-only" : "kern-label"} htmlFor={selectId}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${selectId}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-form-input__select-wrapper">
        {/* React 19 resets a form after its action ran (form.reset(), react/react#29034), and a reset
            returns a select to the option marked `defaultSelected`. React marks it only when the select
            mounts and ignores a changed defaultValue afterwards, so every select would jump back to the
            value it first showed. Keyed on the value, the select mounts anew whenever the form sends a
            different value back, and the reset keeps what the member chose. */}
        <select
          key={String(defaultValue ?? "")}
          id={selectId}
          name={name}
          className={`kern-form-input__select ${hasError ? "kern-form-input__select--error" : ""}`}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy || undefined}
          defaultValue={defaultValue}
          {...select}
        >
          {children}
        </select>
      </div>
      <FieldError id={`${selectId}-error`} errors={errors} />
    </div>
  );
}
