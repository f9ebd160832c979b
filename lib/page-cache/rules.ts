import { cookieHeaderHasSession } from "@/lib/auth/rules";

/**
 * Which requests the public page cache answers, and how a page is stored — pure rules, no I/O
 * (lib/page-cache/store.ts keeps the pages, proxy.ts asks both).
 *
 * Only visitors without a session get cached pages: the catalogue, solutions, services,
 * municipalities, meetups and the about pages, in both languages, with any query. A cached page was
 * rendered for nobody (the render request carries no cookie at all), so it cannot hold anything of
 * a member; a signed-in member's request never reaches the cache.
 */

/** How long a page is served from the cache before it is rendered again: changes show within it. */
export function pageCacheTtlMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PAGE_CACHE_SECONDS;
  const seconds = raw === undefined || raw.trim() === "" ? 3 : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) * 1000 : 0;
}

/** At most this many bytes of pages per instance (the oldest go first): about 130 pages of 120 kB, outside the JS heap. */
export const PAGE_CACHE_MAX_BYTES = 16 * 1024 * 1024;

/** A single page is not cached above this size. */
export const PAGE_CACHE_MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The public pages: home, the five catalogues and their detail pages, about; German or /en. */
const PUBLIC_PAGE =
  /^(?:\/en)?(?:\/solutions(?:\/(?!new$)[a-z0-9-]{1,120})?|\/services(?:\/\d{1,5})?|\/municipalities(?:\/\d{8})?|\/meetups(?:\/(?!new$)[a-z0-9-]{1,120})?|\/about(?:\/[a-z-]{1,40})?)?$/;

export type CacheableRequest = { method: string; pathname: string; searchParams: URLSearchParams; headers: Headers };

/**
 * A GET or HEAD of a public page by a visitor without a session, for the HTML document (not a
 * client-side navigation's RSC payload, a prefetch or a server action).
 */
export function isCacheableRequest({ method, pathname, searchParams, headers }: CacheableRequest): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (!PUBLIC_PAGE.test(pathname === "/" ? "" : pathname)) return false;
  if (searchParams.has("_rsc") || headers.has("rsc") || headers.has("next-router-prefetch") || headers.has("next-action")) return false;
  return !cookieHeaderHasSession(headers.get("cookie"));
}

/** The cache key: path and query as asked (one entry per distinct URL). */
export function pageCacheKey(pathname: string, search: string): string {
  return `${pathname}${search}`;
}

/** A rendered page may be stored: a complete HTML 200 that sets no cookie. */
export function isStorableResponse(status: number, headers: Headers, bytes: number): boolean {
  return status === 200 && (headers.get("content-type") ?? "").startsWith("text/html") && !headers.has("set-cookie") && bytes <= PAGE_CACHE_MAX_PAGE_BYTES;
}

/** The text of every inline script of a page (no `src`), in order: what its CSP must allow by hash. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const pattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (/\ssrc\s*=/i.test(` ${match[1]}`)) continue;
    if (match[2]!.length > 0) scripts.push(match[2]!);
  }
  return scripts;
}
