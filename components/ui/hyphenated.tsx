import { useLocale } from "next-intl";
import { hyphenate } from "@/lib/text/hyphenate";

/** A heading's text with soft hyphens in its long words (see lib/text/hyphenate.ts). */
export function Hyphenated({ text }: { text: string }) {
  return hyphenate(text, useLocale());
}
