import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/config/origin";

/** The path of a page in a language: German at the root, English under /en (i18n/routing.ts). */
export function localizedPath(path: string, locale: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * Canonical URL and hreflang pairs of a public page, absolute from the configured origin (never the
 * request's Host). `path` is the page's German path without query: filters and pages of a list are
 * not canonical pages of their own.
 */
export function localizedAlternates(path: string, locale: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = absoluteUrl(localizedPath(path, l));
  languages["x-default"] = absoluteUrl(localizedPath(path, routing.defaultLocale));
  return { canonical: absoluteUrl(localizedPath(path, locale)), languages };
}

const ogLocales: Record<string, string> = { de: "de_DE", en: "en_GB" };

/**
 * Metadata of a public page: title, description, canonical, hreflang and Open Graph. Pages for
 * signed-in members only do not use it (they are not indexed; robots.txt keeps crawlers out).
 */
export function publicPageMetadata(options: {
  locale: string;
  path: string;
  title?: string;
  description?: string;
  type?: "website" | "article";
}): Metadata {
  const alternates = localizedAlternates(options.path, options.locale);
  return {
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    alternates,
    openGraph: {
      type: options.type ?? "website",
      siteName: "Kommunalnetz",
      locale: ogLocales[options.locale] ?? "de_DE",
      url: alternates.canonical as string,
      ...(options.title ? { title: options.title } : {}),
      ...(options.description ? { description: options.description } : {}),
    },
  };
}

/**
 * The generateMetadata of a public page whose title is its namespace's `title` message
 * (`export const generateMetadata = titledPageMetadata("services", "/services")`).
 */
export function titledPageMetadata(namespace: string, path: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return publicPageMetadata({ locale, path, title: t("title") });
  };
}
