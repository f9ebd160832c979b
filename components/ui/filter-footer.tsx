import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  submitLabel: string;
  resetLabel: string;
  /** The list without any filter. */
  resetHref: ComponentProps<typeof Link>["href"];
  /** Controls that sit in the same row before the button (the sort order). */
  children?: ReactNode;
  /** Layout within the filter form's grid (`md:col-span-3`). */
  className?: string;
};

/** The last row of every filter form: submit button and a link back to the unfiltered list. */
export function FilterFooter({ submitLabel, resetLabel, resetHref, children, className }: Props) {
  return (
    <div className={`flex flex-wrap gap-16 ${children ? "items-end" : "items-center"} ${className ?? ""}`}>
      {children}
      <SubmitButton label={submitLabel} />
      <Link href={resetHref} className="kern-link">
        {resetLabel}
      </Link>
    </div>
  );
}
