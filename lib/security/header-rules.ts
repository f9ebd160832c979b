// Security headers of every response. The static ones go out from next.config.ts for every path,
// static files included; the Content-Security-Policy and HSTS come from proxy.ts, because the
// policy carries a fresh nonce per request and HSTS depends on the configured origin at run time.

/** Browser features this site never uses, switched off for it and for anything it might embed. */
const UNUSED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
  "browsing-topics",
];

export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: UNUSED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a response rendered for this request. Scripts run only with this request's nonce;
 * 'strict-dynamic' lets the scripts Next.js loads from them run too, so no host allow-list is
 * needed. `next dev` evaluates its modules with eval and talks to its dev server over a web
 * socket, so only there 'unsafe-eval' and ws: are allowed. Styles may be inline (React and
 * Next.js set style attributes); scripts never.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean; formTargets?: string[] }): string {
  return policyWith(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`, options);
}

/**
 * The policy of a page served from the public page cache (lib/page-cache): the same HTML goes to
 * many visitors, so a nonce in it would be a reused one. Its inline scripts run by their hashes
 * instead, and the framework's script files because they come from this origin ('self'; without
 * 'strict-dynamic', which would ignore it). Nothing else may run.
 */
export function cachedPagePolicy(scriptHashes: string[], options: { https: boolean; formTargets?: string[] }): string {
  return policyWith(["script-src 'self'", ...scriptHashes].join(" "), { ...options, development: false });
}

function policyWith(scriptSrc: string, options: { development: boolean; https: boolean; formTargets?: string[] }): string {
  const directives = [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Forms post here only; with single sign-on also to the identity provider (the sign-in
    // button's form is redirected there, which Chromium checks against this list).
    ["form-action 'self'", ...(options.formTargets ?? [])].join(" "),
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, as the HSTS preload list asks; sent only when the configured origin is https. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
