import type { ReactNode } from "react";

/** One titled block of the member's overview; the id links the heading for screen readers. */
export function MeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-16">
      <h2 id={`${id}-title`} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}
