import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("layout.footer");
  const tActivity = await getTranslations("activity");
  return (
    <footer className="mt-48 border-t border-kern-layout-border bg-kern-layout-background-hued">
      <div className="mx-auto flex w-full max-w-1200 flex-col gap-12 px-16 py-24">
        <nav aria-label={t("nav")}>
          <ul className="flex flex-wrap gap-x-24 gap-y-8">
            <li>
              <Link href="/activity" className="kern-link">
                {tActivity("navLink")}
              </Link>
            </li>
            <li>
              <Link href="/about" className="kern-link">
                {t("about")}
              </Link>
            </li>
            <li>
              <Link href="/about/data" className="kern-link">
                {t("data")}
              </Link>
            </li>
            {(["imprint", "privacy", "accessibility"] as const).map((page) => (
              <li key={page}>
                <Link href={`/about/${page}`} className="kern-link">
                  {t(page)}
                </Link>
              </li>
            ))}
            <li>
              <a href="/api/v1/openapi.json" className="kern-link">
                {t("api")}
              </a>
            </li>
          </ul>
        </nav>
        <p className="kern-body kern-body--small">{t("note")}</p>
      </div>
    </footer>
  );
}
