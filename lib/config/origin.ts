/**
 * The one public origin of this installation. Every absolute URL (sign-in links, mail links,
 * calendar feeds, webcal, canonical links) is built from it, never from the request's Host or
 * X-Forwarded-Host header: whoever can send a request could otherwise choose the host of a link
 * that we mail to someone else (a sign-in link pointing at their server is an account takeover).
 *
 * AUTH_URL (Auth.js' own name) wins over APP_URL; without either, the two-command start keeps
 * working on http://localhost:<PORT or 3000>.
 */
export function appOrigin(): string {
  const configured = process.env.AUTH_URL || process.env.APP_URL;
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** An absolute URL on this site for a path of this site (`/meetups/x`, never `//host`). */
export function absoluteUrl(path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`not a site path: ${path}`);
  return `${appOrigin()}${path}`;
}

export const isHttpsOrigin = (): boolean => appOrigin().startsWith("https:");

/**
 * Forwarded headers (X-Forwarded-For, -Proto, -Host) are believed only when the operator says a
 * proxy in front of the app sets them (TRUST_PROXY=1); without a proxy anyone can send them.
 */
export const trustProxy = (): boolean => process.env.TRUST_PROXY === "1";
