import type { TextareaHTMLAttributes } from "react";
import { FieldError } from "./field";

type Props = { name: string; label: string; hint?: string; errors?: string[] } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">;

export function TextareaField({ name, label, hint, errors, id, ...textarea }: Props) {
  const fieldId = id ?? name;
  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${fieldId}-hint` : null, hasError ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${hasError ? "kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={fieldId}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${fieldId}-hint`}>
          {hint}
        </div>
      ) : null}
      <textarea
        id={fieldId}
        name={name}
        className={`kern-form-input__input min-h-160 ${hasError ? "kern-form-input__input--error" : ""}`}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </div>
  );
}
