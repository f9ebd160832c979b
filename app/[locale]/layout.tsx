import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { firaSans } from "@/components/layout/fira-sans";
import { routing } from "@/i18n/routing";

// Every page reads the session and the database; nothing is prerendered at build time, which also
// keeps `next build` away from the PGlite folder.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s – ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("layout");
  return (
    <html lang={locale} className={firaSans.variable}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link kern-btn kern-btn--primary">
          <span className="kern-label">{t("skipLink")}</span>
        </a>
        <ClientMessages keys={["layout"]}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-1200 flex-1 px-16 py-32 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
