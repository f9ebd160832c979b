import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { appOrigin, isHttpsOrigin } from "./lib/config/origin";
import { isRequestId, loggedPath, logger } from "./lib/log/logger";
import { cachedPagePolicy, contentSecurityPolicy, newNonce, staticSecurityHeaders, strictTransportSecurity } from "./lib/security/header-rules";
import { isCacheableRequest, pageCacheKey, pageCacheTtlMs } from "./lib/page-cache/rules";
import { cachedPage, isRenderRequest } from "./lib/page-cache/store";
import { oidcFormTarget } from "./lib/auth/oidc-config";
import { routing } from "./i18n/routing";
import { databaseReachable } from "./lib/health/database";
import { unavailableApiResponse, unavailableResponse } from "./lib/health/unavailable-page";
import { searchLimitResponse } from "./lib/rate-limits/mutations";

const i18nRouting = createMiddleware(routing);

// Pages go through next-intl; the API, Next.js internals and files with an extension (.ics, .csv)
// only get the headers.
const isPagePath = (pathname: string) => !/^\/(?:api|_next|_vercel)(?:\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);

/**
 * next-intl writes hreflang alternates into a Link header, with the host taken from the request's
 * Host/X-Forwarded-Host. Links name our configured origin only.
 */
function withConfiguredOrigin(linkHeader: string): string {
  return linkHeader.replace(/<([^>]+)>/g, (_, href: string) => {
    const url = new URL(href);
    return `<${appOrigin()}${url.pathname}${url.search}>`;
  });
}

export default async function proxy(request: NextRequest) {
  // One id per request on every log line (lib/log/logger.ts): the proxy's, when it sent a plain one.
  const given = request.headers.get("x-request-id");
  const reqId = isRequestId(given) ? given : crypto.randomUUID();
  request.headers.set("x-request-id", reqId);
  logger().info({ reqId, method: request.method, path: loggedPath(request.nextUrl.pathname) }, "request");
  const response = await answer(request);
  response.headers.set("X-Request-Id", reqId);
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  const nonce = newNonce();
  const sso = oidcFormTarget();
  const formTargets = sso ? [sso] : [];
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: isHttpsOrigin(),
    formTargets,
  });
  // Every page reads the session from the database: without it, say so in the reader's language.
  if (isPagePath(request.nextUrl.pathname) && !(await databaseReachable())) {
    const { pathname } = request.nextUrl;
    const unavailable = unavailableResponse(pathname === "/en" || pathname.startsWith("/en/") ? "en" : "de");
    unavailable.headers.set("Content-Security-Policy", policy);
    return unavailable;
  }
  // The API, feeds and files need the database as well; liveness and readiness answer themselves.
  if (!isPagePath(request.nextUrl.pathname) && !/^\/api\/(?:health|ready)$/.test(request.nextUrl.pathname) && !(await databaseReachable())) {
    return unavailableApiResponse();
  }
  // The page cache's own render of a public page (lib/page-cache/store.ts): no nonce (the cached
  // HTML goes to many visitors; its answer gets a policy with the scripts' hashes), no limit (the
  // visitor's request that asked for it was counted).
  if (isRenderRequest(request.headers)) return withOwnLinks(i18nRouting(request));
  // Searching is the most expensive thing an anonymous visitor can ask for: limited per client IP.
  const limited = await searchLimitResponse(request.nextUrl, request.headers);
  if (limited) {
    limited.headers.set("Content-Security-Policy", policy);
    return limited;
  }
  const ttlMs = process.env.NODE_ENV === "production" ? pageCacheTtlMs() : 0;
  if (ttlMs > 0 && isCacheableRequest({ method: request.method, pathname: request.nextUrl.pathname, searchParams: request.nextUrl.searchParams, headers: request.headers })) {
    try {
      return await fromPageCache(request, ttlMs, formTargets);
    } catch (error) {
      // The render request failed (this instance unreachable at its own address?): render as usual.
      logger().warn({ reqId: request.headers.get("x-request-id"), err: String(error) }, "page cache render failed");
    }
  }
  // Next.js reads the nonce from the request's policy and puts it on its own scripts; pages that
  // add scripts of their own read it from x-nonce.
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", policy);
  const response = isPagePath(request.nextUrl.pathname)
    ? i18nRouting(request)
    : NextResponse.next({ request: { headers: request.headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttpsOrigin()) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return withOwnLinks(response);
}

function withOwnLinks(response: Response): Response {
  const link = response.headers.get("link");
  if (link) response.headers.set("link", withConfiguredOrigin(link));
  return response;
}

/**
 * A public page for a visitor without a session, from this instance's page cache (rendered at most
 * a few seconds ago, for nobody in particular): the policy allows exactly its inline scripts by hash.
 * `Cache-Control` keeps browsers and shared caches from storing it longer: the cache is here.
 */
async function fromPageCache(request: NextRequest, ttlMs: number, formTargets: string[]): Promise<Response> {
  const page = await cachedPage(pageCacheKey(request.nextUrl.pathname, request.nextUrl.search), ttlMs);
  const headers = new Headers(page.headers);
  for (const { key, value } of staticSecurityHeaders) headers.set(key, value);
  headers.set("Content-Security-Policy", cachedPagePolicy(page.scriptHashes, { https: isHttpsOrigin(), formTargets }));
  if (isHttpsOrigin()) headers.set("Strict-Transport-Security", strictTransportSecurity);
  headers.set("Cache-Control", "public, max-age=0, must-revalidate");
  headers.set("X-Page-Cache", page.hit ? "hit" : "miss");
  headers.set("Vary", "Accept-Encoding, Cookie");
  // Next.js drops a Content-Encoding set here and compresses the answer itself (next-server.js).
  return new Response(request.method === "HEAD" ? null : new Uint8Array(page.body), { status: page.status, headers });
}

export const config = {
  // Everything but Next.js' static build output (its headers come from next.config.ts).
  matcher: "/((?!_next/static|_next/image).*)",
};
