import de from "hyphen/de";
import en from "hyphen/en";

const hyphenators = { de, en } as const;

/**
 * Long words with soft hyphens (U+00AD) at the syllable breaks of their language, so a heading on a
 * narrow screen breaks "Nachbar-kommune" with a hyphen instead of mid-word. CSS `hyphens: auto` alone
 * is not enough: Chromium on Linux and Android WebViews often lack the dictionaries and then break
 * anywhere (overflow-wrap) or overflow. Soft hyphens are invisible unless the line breaks there, and
 * accessible names and find-in-page ignore them.
 */
export function hyphenate(text: string, locale: string): string {
  const hyphenator = locale === "en" ? hyphenators.en : hyphenators.de;
  return hyphenator.hyphenateSync(text, { minWordLength: 10 });
}
