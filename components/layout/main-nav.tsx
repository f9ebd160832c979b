"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

const items = [
  { href: "/", key: "home" },
  { href: "/solutions", key: "solutions" },
  { href: "/meetups", key: "meetups" },
  { href: "/municipalities", key: "municipalities" },
  { href: "/services", key: "services" },
  { href: "/about", key: "about" },
] as const;

export function MainNav() {
  const t = useTranslations("layout");
  const pathname = usePathname();
  return (
    <nav aria-label={t("mainNav")} className="border-t border-kern-layout-border">
      <ul className="mx-auto flex w-full max-w-1200 flex-wrap gap-x-4 px-8">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block px-12 py-8 text-kern-layout-text-default no-underline hover:underline ${current ?"font-semibold underline decoration-4 underline-offset-8" : ""}`}
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
