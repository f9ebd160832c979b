"use server";

import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { consumeSignInLimits, rateLimitedError } from "@/lib/rate-limits/mutations";
import { clientIp } from "@/lib/rate-limits/rules";
import { emptyFormState, formValues, parseForm, type FormState } from "@/lib/forms";
import { redirect } from "@/i18n/navigation";
import { signIn, signOut } from "./config";
import { signInInput } from "./schema";

export async function requestSignInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = parseForm(signInInput, values, { values });
  if (!parsed.success) return { ...emptyFormState, values, errors: parsed.errors };
  const limited = await consumeSignInLimits(parsed.data.email, clientIp(await headers()));
  if (!limited.ok) return { ...emptyFormState, values, errors: { form: [rateLimitedError(limited)] } };
  const locale = await getLocale();
  // After the link is opened, new members complete their profile first; onboarding forwards the rest.
  const prefix = locale === "en" ? "/en" : "";
  const next = parsed.data.callbackUrl.replace(/^\/en(?=\/|$)/, "") || "/";
  await signIn("email", {
    email: parsed.data.email,
    redirect: false,
    redirectTo: `${prefix}/onboarding?next=${encodeURIComponent(next)}`,
  });
  redirect({ href: { pathname: "/signin/check-email", query: { email: parsed.data.email } }, locale });
  return emptyFormState;
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect({ href: "/", locale });
}
