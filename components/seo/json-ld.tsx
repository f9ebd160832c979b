import { serializeJsonLd, type JsonLdObject } from "@/lib/seo/structured-data";

/**
 * schema.org data for search engines. A data block, never executed: its content is JSON with "<"
 * escaped (serializeJsonLd), which is why this is the one other place besides ui/markdown.tsx that
 * sets inner HTML.
 */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
