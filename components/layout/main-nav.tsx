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

/** The main navigation: a bar under the header on wide screens, a list inside the menu on narrow ones. */
export function MainNav({ layout = "bar" }: { layout?: "bar" | "menu" }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const bar = layout === "bar";
  return (
    <nav aria-label={t("mainNav")} className={bar ? "border-t border-kern-layout-border" : ""}>
      <ul className={bar ? "mx-auto flex w-full max-w-1200 flex-wrap gap-x-4 px-8" : "flex flex-col"}>
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block px-12 py-8 text-kern-layout-text-default no-underline hover:underline ${current ? "font-semibold underline decoration-4 underline-offset-8" : ""}`}
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
