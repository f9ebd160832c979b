"use client";

import "./globals.css";
import { usePathname } from "next/navigation";
import { firaSans } from "@/components/layout/fira-sans";
import { globalErrorMessages } from "@/i18n/global-error-messages";

/**
 * Replaces the whole document when even the layout fails (no message provider then): the texts
 * come from i18n/global-error-messages.ts (a copy of the catalogue's `layout.error`), in the
 * language of the address.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname() ?? "/";
  const locale = pathname === "/en" || pathname.startsWith("/en/") ? "en" : "de";
  const t = globalErrorMessages[locale];
  return (
    <html lang={locale} className={firaSans.variable}>
      <body>
        <main className="mx-auto flex max-w-672 flex-col gap-16 px-16 py-32">
          <title>{t.title}</title>
          <h1 className="kern-heading-large">{t.title}</h1>
          <p className="kern-body">{t.text}</p>
          {error.digest ? <p className="kern-body kern-body--small">{t.code.replace("{digest}", error.digest)}</p> : null}
          <div className="flex flex-wrap items-center gap-16">
            <button type="button" className="kern-btn kern-btn--primary" onClick={reset}>
              <span className="kern-label">{t.retry}</span>
            </button>
            <a href={locale === "en" ? "/en" : "/"} className="kern-link">
              {t.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
