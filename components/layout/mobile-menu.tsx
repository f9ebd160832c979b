"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/i18n/navigation";

/**
 * The menu button of narrow screens: a native <details> disclosure, so it opens and closes without
 * JavaScript and says "expanded"/"collapsed" to screen readers. With JavaScript it also closes
 * after a client-side navigation (the header stays mounted, so it would otherwise stay open).
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    ref.current?.removeAttribute("open");
  }, [pathname]);
  return (
    <details ref={ref} className="mobile-menu shrink-0 md:hidden">
      <summary className="kern-btn kern-btn--secondary kern-btn--x-small list-none [&::-webkit-details-marker]:hidden">
        <span className="kern-icon kern-icon--dehaze kern-icon--small mobile-menu__open" aria-hidden="true" />
        <span className="kern-icon kern-icon--close kern-icon--small mobile-menu__close" aria-hidden="true" />
        <span className="kern-label">{t("menu")}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-30 flex flex-col gap-16 border-b-4 border-kern-action-default bg-kern-layout-background-default px-16 py-16">
        {children}
      </div>
    </details>
  );
}
