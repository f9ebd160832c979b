import type { ReactNode } from "react";

type Props = {
  /** The heading's id, which names the section for screen readers (`aria-labelledby`) and is a link target. */
  titleId: string;
  title: ReactNode;
  /** The section's layout; the heading is its first child. */
  className?: string;
  children: ReactNode;
};

/** A part of a page named by its own `<h2>` (KERN's medium heading): a landmark screen readers list by name. */
export function Section({ titleId, title, className = "flex flex-col gap-16", children }: Props) {
  return (
    <section aria-labelledby={titleId} className={className}>
      <h2 id={titleId} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}
