import type { ButtonHTMLAttributes } from "react";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children"> & {
  label: string;
  variant?: "primary" | "secondary" | "tertiary";
  size?: "x-small";
  /** While the form is being sent: disabled, showing `pendingLabel` when one is given. */
  pending?: boolean;
  pendingLabel?: string;
};

/** A form's submit button in KERN's look; a plain button, so server and client forms share it. */
export function SubmitButton({ label, variant = "primary", size, pending = false, pendingLabel, className, disabled, ...rest }: Props) {
  const classes = ["kern-btn", `kern-btn--${variant}`, size ? `kern-btn--${size}` : null, className].filter(Boolean).join(" ");
  return (
    <button type="submit" {...rest} className={classes} disabled={pending || disabled}>
      <span className="kern-label">{pending && pendingLabel ? pendingLabel : label}</span>
    </button>
  );
}
