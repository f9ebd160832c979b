import "server-only";
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { plainPageResponse } from "@/lib/health/unavailable-page";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { metrics } from "@/lib/metrics/registry";
import { limitOf, type LimitName } from "./config";
import { clientIp, normalizedEmail } from "./rules";

// One limiter per limit and setting, kept per process; the counters themselves live in the
// rate_limits table, so every instance on the same database counts together (PGlite too).
const limiters = new Map<string, RateLimiterDrizzle>();

function limiter(name: LimitName): RateLimiterDrizzle {
  const { points, seconds } = limitOf(name);
  const id = `${name}:${points}:${seconds}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: name, points, duration: seconds });
    limiters.set(id, found);
  }
  return found;
}

export type Limited = { ok: false; retryAfterSeconds: number };

/**
 * Counts one event against each check, in order, and stops at the first limit reached. The event
 * is refused then: `retryAfterSeconds` says when that limit has room again.
 */
export async function consumeLimits(checks: { name: LimitName; key: string | null }[]): Promise<{ ok: true } | Limited> {
  for (const { name, key } of checks) {
    // A per-IP limit without a known client IP (see clientIp).
    if (key === null) continue;
    try {
      await limiter(name).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        metrics().rateLimitRefusals.inc({ limit: name });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
      throw error;
    }
  }
  return { ok: true };
}

/** The form error of a refused event: "errors.rateLimited" with the minutes to wait (components/ui/field.tsx reads them). */
export const rateLimitedError = (limited: Limited): string => `errors.rateLimited?minutes=${Math.ceil(limited.retryAfterSeconds / 60)}`;

/** The API's answer to a refused request. */
export function tooManyRequests(limited: Limited): Response {
  return Response.json(
    { error: "too_many_requests", message: `Too many requests. Retry after ${limited.retryAfterSeconds} seconds.` },
    { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
  );
}

/**
 * The one check of both sign-in paths (the app's form and Auth.js' /api/auth/signin/email): per
 * address, per client IP and for the whole installation. The address is kept only as a hash.
 */
export function consumeSignInLimits(email: string, ip: string | null) {
  const address = createHash("sha256").update(normalizedEmail(email)).digest("base64url");
  return consumeLimits([
    { name: "signInEmail", key: address },
    { name: "signInIp", key: ip },
    { name: "signInGlobal", key: "all" },
  ]);
}

/** Counts one write of a member against `name`; the form error when the limit is reached, else null. */
export async function memberLimitError(name: "registration" | "publishing", memberId: string): Promise<string | null> {
  const limited = await consumeLimits([{ name, key: memberId }]);
  return limited.ok ? null : rateLimitedError(limited);
}

/** The 429 answer for an API or feed request over the per-IP limit, or null to go on. */
export async function apiLimitResponse(request: Request): Promise<Response | null> {
  const limited = await consumeLimits([{ name: "api", key: clientIp(request.headers) }]);
  return limited.ok ? null : tooManyRequests(limited);
}

// The search pages: /search, the catalogue, the directory and the OZG catalogue, in both languages.
const SEARCH_PAGE = /^(?:\/en)?\/(?:search|solutions|municipalities|services)\/?$/;

/**
 * The translated 429 page for a search page request over the per-IP limit, or null to go on.
 * Counted are requests to /solutions, /municipalities and /services that carry a search or a filter
 * (any query parameter but Next.js' own `_rsc`); the bare pages are not searches. Run by proxy.ts.
 */
export async function searchLimitResponse(url: URL, headers: Headers): Promise<Response | null> {
  if (!SEARCH_PAGE.test(url.pathname)) return null;
  if (![...url.searchParams.keys()].some((key) => key !== "_rsc")) return null;
  const limited = await consumeLimits([{ name: "search", key: clientIp(headers) }]);
  if (limited.ok) return null;
  const locale = url.pathname === "/en" || url.pathname.startsWith("/en/") ? "en" : "de";
  const messages = locale === "en" ? en : de;
  const t = createTranslator({ locale, messages, namespace: "errors" });
  return plainPageResponse({
    locale,
    title: messages.layout.error.rateLimitedTitle,
    text: t("rateLimited", { minutes: Math.ceil(limited.retryAfterSeconds / 60) }),
    status: 429,
    retryAfterSeconds: limited.retryAfterSeconds,
  });
}
