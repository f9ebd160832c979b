import type { ReactNode, SelectHTMLAttributes } from "react";

type Props = { name: string; label: string; hint?: string; children: ReactNode } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "name" | "children"
>;

export function SelectField({ name, label, hint, children, id, ...select }: Props) {
  const selectId = id ?? name;
  return (
    <div className="kern-form-input">
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
          className="kern-form-input__select"
          aria-describedby={hint ? `${selectId}-hint` : undefined}
          {...select}
        >
          {children}
        </select>
      </div>
    </div>
  );
}
