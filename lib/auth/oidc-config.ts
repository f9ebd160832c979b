import { z } from "zod";

/** The environment variables of single sign-on; all of them unset means "no SSO". */
const OIDC_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME", "OIDC_AGS_CLAIM"] as const;

const isLocalhost = (url: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

const oidcEnvironment = z.object({
  // The issuer's identifier: its discovery document is at <issuer>/.well-known/openid-configuration.
  // https only, except on this machine (a test issuer).
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).protocol === "https:" || isLocalhost(new URL(value)), "must be an https URL"),
  OIDC_CLIENT_ID: z.string().trim().min(1, "is required").max(255),
  OIDC_CLIENT_SECRET: z.string().min(1, "is required").max(4096),
  // The label of the sign-in button: "Anmelden mit <display name>".
  OIDC_DISPLAY_NAME: z.string().trim().min(1, "is required").max(60),
  // The claim of the ID token that carries the member's 8-digit AGS (optional).
  OIDC_AGS_CLAIM: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "must be a claim name (letters, digits, _ . : -)")
    .optional(),
});

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  displayName: string;
  agsClaim: string | null;
};

/**
 * The single sign-on settings, or null when none of the OIDC_* variables is set. A partial or
 * invalid configuration throws with every problem named: it is a startup error, not a silent
 * "no SSO" (db/setup.ts reads this before the server starts). Empty values count as unset.
 */
export function oidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const given = Object.fromEntries(OIDC_VARIABLES.map((name) => [name, env[name] || undefined]));
  if (Object.values(given).every((value) => value === undefined)) return null;
  const parsed = oidcEnvironment.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code === "invalid_type" ? "is required" : issue.message}`);
    throw new Error(
      `Single sign-on (OIDC) is configured only in part: ${problems.join("; ")}. ` +
        "Set OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_DISPLAY_NAME together (OIDC_AGS_CLAIM is optional), or none of them.",
    );
  }
  const c = parsed.data;
  return {
    issuer: c.OIDC_ISSUER,
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    displayName: c.OIDC_DISPLAY_NAME,
    agsClaim: c.OIDC_AGS_CLAIM ?? null,
  };
}

/** The identity provider's origin for the Content-Security-Policy's form-action, or null. */
export function oidcFormTarget(env: Record<string, string | undefined> = process.env): string | null {
  try {
    const settings = oidcConfig(env);
    return settings ? new URL(settings.issuer).origin : null;
  } catch {
    // A half configuration never gets this far (db/setup.ts refuses to start); the policy stays strict.
    return null;
  }
}
