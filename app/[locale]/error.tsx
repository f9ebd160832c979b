"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * Any unexpected error while rendering a page: a translated explanation and a way on, never the
 * framework's English text or a stack trace. The digest lets the operators find the log entry.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("layout.error");
  return (
    <div className="flex max-w-672 flex-col gap-16">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body">{t("text")}</p>
      {error.digest ? <p className="kern-body kern-body--small">{t("code", { digest: error.digest })}</p> : null}
      <div className="flex flex-wrap items-center gap-16">
        <button type="button" className="kern-btn kern-btn--primary" onClick={reset}>
          <span className="kern-label">{t("retry")}</span>
        </button>
        <Link href="/" className="kern-link">
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
