import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldError } from "./field";

type Props = { name: string; label: string; hint?: string; errors?: string[]; children: ReactNode } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "name" | "children"
>;

export function SelectField({ name, label, hint, errors, children, id, ...select }: Props) {
  const selectId = id ?? name;
  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${selectId}-hint` : null, hasError ? `${selectId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${hasError ? "kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={selectId}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${selectId}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={selectId}
          name={name}
          className={`kern-form-input__select ${hasError ? "kern-form-input__select--error" : ""}`}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy || undefined}
          {...select}
        >
          {children}
        </select>
      </div>
      <FieldError id={`${selectId}-error`} errors={errors} />
    </div>
  );
}
