/**
 * The name of Auth.js' session cookie: its default, with the __Secure- prefix it uses on https; a
 * value in chunks carries a suffix (".0"). A request without one has no session — `auth()` skips
 * building Auth.js for it, and the public page cache (lib/page-cache) may answer it.
 */
const SESSION_COOKIE_NAME = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE_NAME.test(name);
}

/** Whether a Cookie request header names a session cookie. */
export function cookieHeaderHasSession(cookieHeader: string | null): boolean {
  return (cookieHeader ?? "").split(";").some((pair) => isSessionCookieName(pair.split("=", 1)[0]!.trim()));
}
