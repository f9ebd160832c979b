"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { consumeSignInLimits, rateLimitedError } from "@/lib/rate-limits/mutations";
import { clientIp } from "@/lib/rate-limits/rules";
import { emptyFormState, formValues, parseForm, type FormState } from "@/lib/forms";
import { redirect } from "@/i18n/navigation";
import { signIn, signOut } from "./config";
import { oidcConfig } from "./oidc-config";
import { oidcSignInInput, signInInput } from "./schema";

/** After signing in, new members complete their profile first; onboarding forwards the rest. */
function afterSignIn(locale: string, callbackUrl: string): string {
  const prefix = locale === "en" ? "/en" : "";
  const next = callbackUrl.replace(/^\/en(?=\/|$)/, "") || "/";
  return `${prefix}/onboarding?next=${encodeURIComponent(next)}`;
}

export async function requestSignInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = parseForm(signInInput, values, { values });
  if (!parsed.success) return { ...emptyFormState, values, errors: parsed.errors };
  const limited = await consumeSignInLimits(parsed.data.email, clientIp(await headers()));
  if (!limited.ok) return { ...emptyFormState, values, errors: { form: [rateLimitedError(limited)] } };
  const locale = await getLocale();
  await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: afterSignIn(locale, parsed.data.callbackUrl) });
  redirect({ href: { pathname: "/signin/check-email", query: { email: parsed.data.email } }, locale });
  return emptyFormState;
}

/**
 * Single sign-on: off to the identity provider (Auth.js sets the PKCE, state and nonce cookies and
 * redirects), back to the same-origin return path afterwards. Without OIDC_* settings there is no
 * provider, and the sign-in page is all there is.
 */
export async function signInWithOidcAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  if (!oidcConfig()) redirect({ href: "/signin", locale });
  const parsed = oidcSignInInput.safeParse(formValues(formData));
  const callbackUrl = parsed.success ? parsed.data.callbackUrl : "/";
  await signIn("oidc", { redirectTo: afterSignIn(locale, callbackUrl) });
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect({ href: "/", locale });
}
