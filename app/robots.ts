import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/config/origin";

export const dynamic = "force-dynamic";

/** Crawlers may index public pages; members' areas, sign-in, mail previews and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  const privateAreas = ["/admin", "/me", "/settings", "/notifications", "/onboarding", "/signin", "/unsubscribe", "/dev", "/members", "/join"];
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
