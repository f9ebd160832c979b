import { z } from "zod";

/** The claims of an ID token this site reads (OpenID Connect Core, section 5.1). */
export type OidcClaims = Record<string, unknown> & {
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
};

const email = z.string().trim().max(254).pipe(z.email());
const ags = z.string().regex(/^\d{8}$/);
const displayName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value));

/** Why a sign-in with the identity provider is refused; the key of the message on /signin/error. */
export type OidcRefusal = "OidcEmailUnverified";

/**
 * The e-mail address the identity provider vouches for, or null. Only an address with
 * `email_verified: true` (the boolean, as the standard says) counts: an address the provider has not
 * checked could be anyone's, and linking it would hand over that person's account.
 */
export function verifiedEmail(claims: OidcClaims): string | null {
  if (claims.email_verified !== true) return null;
  const parsed = email.safeParse(claims.email);
  return parsed.success ? parsed.data.toLowerCase() : null;
}

/** The 8-digit AGS in the configured claim, or null when the claim is missing or malformed. */
export function agsFromClaims(claims: OidcClaims, claim: string | null): string | null {
  if (!claim) return null;
  const parsed = ags.safeParse(claims[claim]);
  return parsed.success ? parsed.data : null;
}

/** A display name to start with (the member can change it in the profile), or null. */
export function nameFromClaims(claims: OidcClaims): string | null {
  const joined = [claims.given_name, claims.family_name].filter((part) => typeof part === "string").join(" ");
  const parsed = displayName.safeParse(typeof claims.name === "string" ? claims.name : joined);
  return parsed.success ? parsed.data : null;
}
