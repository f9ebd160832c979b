import type { MetadataRoute } from "next";
import { publicSitemap } from "@/lib/seo/sitemap";

// Read from the database on each request (cached by the proxy/CDN per Cache-Control), never at build time.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return publicSitemap();
}
