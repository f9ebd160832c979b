import type { ReactNode } from "react";

type Props = {
  /** Names the scroll region for screen readers (usually the table's caption or heading). */
  label: string;
  /** Visible on narrow screens only: says that the table scrolls sideways. */
  hint: string;
  children: ReactNode;
};

/**
 * A wide table on a narrow screen: it scrolls sideways inside this region, which keyboard users can
 * focus and scroll with the arrow keys (WCAG 2.1.1), with a visible hint and edge shadows as the cue.
 */
export function TableScroll({ label, hint, children }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <p className="kern-body kern-body--small md:hidden" aria-hidden="true">
        {hint}
      </p>
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
