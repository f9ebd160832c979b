import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/config/origin";

export const dynamic = "force-dynamic";

/** Crawlers may index public pages; members' areas, sign-in, mail previews and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  const areas = ["/admin", "/me", "/settings", "/notifications", "/onboarding", "/signin", "/unsubscribe", "/dev", "/members", "/join"];
  // A robots.txt path is a prefix: a bare "/me" would also shut crawlers out of /meetups. Each area
  // is its exact path ($ ends it) and everything below it.
  const privateAreas = areas.flatMap((area) => [`${area}$`, `${area}/`]);
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: [...privateAreas, ...privateAreas.map((p) => `/en${p}`), "/api/", "/*/edit", "/*/manage", "/solutions/new", "/meetups/new"],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
