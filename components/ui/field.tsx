import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";
import { Alert } from "./alert";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Translation keys, as returned by the zod schemas. */
  errors?: string[];
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "children">;

/** Label, hint, error and input wired together for screen readers (KERN form-input markup). */
export function Field({ name, label, hint, errors, children, id, ...input }: FieldProps) {
  const inputId = id ?? name;
  const hasError = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${inputId}-hint` : null, hasError ? `${inputId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${hasError ?"kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${inputId}-hint`}>
          {hint}
        </div>
      ) : null}
      {children ?? (
        <input
          id={inputId}
          name={name}
          className={`kern-form-input__input ${hasError ?"kern-form-input__input--error" : ""}`}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
      )}
      <FieldError id={`${inputId}-error`} errors={errors} />
    </div>
  );
}

/** The error under a field, if any; `errors` are translation keys. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors || errors.length === 0) return null;
  return <FieldErrorText id={id} errors={errors} />;
}

// A component of its own so that a field without errors needs no translator (forms have many fields).
function FieldErrorText({ id, errors }: { id: string; errors: string[] }) {
  const t = useTranslations();
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">{errors.map((key) => t(key)).join(" ")}</span>
    </p>
  );
}

/** Errors that belong to no single field, announced when they appear. */
/** A form error is a message key, optionally with numeric values: "errors.rateLimited?minutes=12". */
function translateError(t: ReturnType<typeof useTranslations>, error: string): string {
  const [key = error, query] = error.split("?");
  if (!query) return t(key);
  return t(key, Object.fromEntries([...new URLSearchParams(query)].map(([name, value]) => [name, Number(value)])));
}

export function FormErrors({ errors }: { errors?: string[] }) {
  const t = useTranslations();
  if (!errors || errors.length === 0) return null;
  return (
    <Alert variant="danger" role="alert" title={t("errors.title")}>
      <p className="kern-body">{errors.map((key) => translateError(t, key)).join(" ")}</p>
    </Alert>
  );
}
