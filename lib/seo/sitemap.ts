import "server-only";
import { asc, desc, inArray } from "drizzle-orm";
import type { MetadataRoute } from "next";
import { db } from "@/db/client";
import { meetups, municipalities, ozgServices, solutions } from "@/db/schema";
import { routing } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/config/origin";
import { catalogueVisible } from "@/lib/solutions/queries";
import { anonymousViewer } from "@/lib/visibility/rules";
import { localizedPath } from "./metadata";

// A sitemap file holds at most 50,000 URLs; the newest solutions come first when there are more.
const MAX_URLS = 50_000;

function entry(path: string, lastModified?: Date | null): MetadataRoute.Sitemap[number] {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(localizedPath(path, locale));
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}), alternates: { languages } };
}

/**
 * Every public page a search engine may index, as an anonymous visitor sees them: public published
 * solutions (the catalogue's own visibility rule), OZG services, municipalities and listed meetups.
 * Each entry names its English twin (hreflang).
 */
export async function publicSitemap(): Promise<MetadataRoute.Sitemap> {
  const fixed = ["/", "/solutions", "/services", "/municipalities", "/meetups", "/about", "/about/data"].map((p) => entry(p));
  const [meetupRows, serviceRows, municipalityRows] = await Promise.all([
    db
      .select({ slug: meetups.slug, updatedAt: meetups.updatedAt })
      .from(meetups)
      .where(inArray(meetups.state, ["published", "cancelled"]))
      .orderBy(desc(meetups.startsAt)),
    db.select({ id: ozgServices.id }).from(ozgServices).orderBy(asc(ozgServices.id)),
    db.select({ ags: municipalities.ags }).from(municipalities).orderBy(asc(municipalities.ags)),
  ]);
  const room = MAX_URLS - fixed.length - meetupRows.length - serviceRows.length - municipalityRows.length;
  const solutionRows = await db
    .select({ slug: solutions.slug, updatedAt: solutions.updatedAt })
    .from(solutions)
    .where(catalogueVisible(anonymousViewer))
    .orderBy(desc(solutions.publishedAt))
    .limit(Math.max(0, room));
  return [
    ...fixed,
    ...solutionRows.map((r) => entry(`/solutions/${r.slug}`, r.updatedAt)),
    ...meetupRows.map((r) => entry(`/meetups/${r.slug}`, r.updatedAt)),
    ...serviceRows.map((r) => entry(`/services/${r.id}`)),
    ...municipalityRows.map((r) => entry(`/municipalities/${r.ags}`)),
  ];
}
