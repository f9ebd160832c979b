"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The administration area's own navigation: the pages this member uses, the current one marked. */
export function AdminNav({ label, pages }: { label: string; pages: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-kern-layout-border">
      <ul className="flex flex-wrap gap-x-4">
        {pages.map((page) => {
          const current = pathname === page.href || pathname.startsWith(`${page.href}/`);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? "page" : undefined}
                className={`block px-12 py-8 text-kern-layout-text-default no-underline hover:underline ${current ? "font-semibold underline decoration-4 underline-offset-8" : ""}`}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
