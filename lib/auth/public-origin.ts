import type { NextRequest } from "next/server";

/**
 * `next start` hands route handlers a URL on "localhost" whatever host the browser used. Auth.js
 * builds its redirects and cookies from that URL, so behind a proxy (or on 127.0.0.1) the member
 * would land on another origin without their session cookie. We trust the Host header instead,
 * as `trustHost` promises; AUTH_URL, when set, wins (Auth.js applies it itself).
 *
 * A plain Request, not a NextRequest: NextRequest rewrites 127.0.0.1 back to "localhost".
 */
/** The URL the browser used: AUTH_URL's origin when set, else the (forwarded) Host header. */
export function publicUrlOf(request: Request): URL {
  const url = new URL(request.url);
  if (process.env.AUTH_URL) {
    const base = new URL(process.env.AUTH_URL);
    url.protocol = base.protocol;
    url.host = base.host;
    return url;
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return url;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  url.host = host;
  if (proto === "http" || proto === "https") url.protocol = `${proto}:`;
  return url;
}

export function withPublicOrigin(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL) return request;
  const url = publicUrlOf(request);
  if (url.toString() === request.url) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit) as NextRequest;
}
