import type { ReactNode, Ref } from "react";

export type AlertVariant = "info" | "success" | "warning" | "danger";

type Props = {
  variant: AlertVariant;
  /** The bold first line, with the variant's icon; an alert without one is only its body. */
  title?: ReactNode;
  children?: ReactNode;
  /**
   * `alert` interrupts (errors that just appeared), `status` waits politely (success); an alert that is
   * part of the page from the start (a cancelled meetup) needs neither.
   */
  role?: "alert" | "status";
  className?: string;
  bodyClassName?: string;
  id?: string;
  /** Renders the title as a heading of this level (an error summary names its list with one). */
  headingLevel?: 2 | 3;
  /** -1 lets a script move focus here (error summary, success message) without adding a tab stop. */
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
};

/** The KERN alert box: the one place that knows its markup. Has no hooks, so server and client components use it alike. */
export function Alert({ variant, title, children, role, className, bodyClassName, id, headingLevel, tabIndex, ref }: Props) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : "span";
  return (
    <div ref={ref} id={id} tabIndex={tabIndex} role={role} className={`kern-alert kern-alert--${variant} ${className ?? ""}`}>
      {title ? (
        <div className="kern-alert__header">
          <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
          <Title className="kern-title">{title}</Title>
        </div>
      ) : null}
      {children ? <div className={`kern-alert__body ${bodyClassName ?? ""}`}>{children}</div> : null}
    </div>
  );
}
