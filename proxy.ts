import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { appOrigin, isHttpsOrigin } from "./lib/config/origin";
import { isRequestId, loggedPath, logger } from "./lib/log/logger";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "./lib/security/header-rules";
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
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: isHttpsOrigin(),
    formTargets: sso ? [sso] : [],
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
  // Searching is the most expensive thing an anonymous visitor can ask for: limited per client IP.
  const limited = await searchLimitResponse(request.nextUrl, request.headers);
  if (limited) {
    limited.headers.set("Content-Security-Policy", policy);
    return limited;
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
  const link = response.headers.get("link");
  if (link) response.headers.set("link", withConfiguredOrigin(link));
  return response;
}

export const config = {
  // Everything but Next.js' static build output (its headers come from next.config.ts).
  matcher: "/((?!_next/static|_next/image).*)",
};
