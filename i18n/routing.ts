import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["de", "en"],
  defaultLocale: "de",
  // German lives at the root (/municipalities), English under /en.
  localePrefix: "as-needed",
  // The language is the reader's explicit choice via the switch, not guessed from the browser:
  // shared links must open in the language they were shared in.
  localeDetection: false,
  // Without detection the cookie next-intl would set on every answer decides nothing; it would also
  // keep public pages out of the page cache (lib/page-cache: an answer that sets a cookie is not kept).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
