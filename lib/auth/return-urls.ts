import { appOrigin } from "@/lib/config/origin";

// Control characters and backslashes, raw or percent-encoded: browsers drop tabs and newlines from
// a URL and read "\" as "/", so "/\t/evil.example" and "/\evil.example" both lead off the site.
const FORBIDDEN = /[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i;

/**
 * The path of a same-origin return target (`/solutions?q=a`), or "/" for anything else. The value
 * is resolved against our origin the way a browser would resolve it, and kept only when it stays
 * there; absolute URLs on our own origin (Auth.js passes those) are reduced to their path.
 */
export function sameOriginPath(value: string | null | undefined): string {
  if (!value || FORBIDDEN.test(value)) return "/";
  const origin = appOrigin();
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  // A path only a browser resolves differently (protocol-relative after normalisation) never passes.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
