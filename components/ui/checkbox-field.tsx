import type { InputHTMLAttributes, ReactNode } from "react";

type Props = {
  name: string;
  label: ReactNode;
  /** Whether the box is ticked: the stored value, or what the form sent back after an action. */
  checked: boolean;
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "checked" | "defaultChecked" | "className">;

/**
 * A KERN checkbox. Like `SelectField` it is keyed on its value: React 19 resets the form after an
 * action, and the reset returns every box to `defaultChecked`, which must be what the member chose.
 */
export function CheckboxField({ name, label, checked, id, className, ...input }: Props) {
  const inputId = id ?? name;
  return (
    <div className={`kern-form-check ${className ?? ""}`}>
      <input key={String(checked)} className="kern-form-check__checkbox" type="checkbox" id={inputId} name={name} defaultChecked={checked} {...input} />
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
    </div>
  );
}
