"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { signOut } from "@/lib/auth/config";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, type FormState } from "@/lib/forms";
import { deleteAccount } from "./mutations";
import { PRIVACY_PATH } from "./rules";

/** Asks first (the confirmation step works without JavaScript), then erases the account and ends the session. */
export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(PRIVACY_PATH);
  const values = formValues(formData);
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const result = await deleteAccount({ memberId: member.id });
  if (!result.ok) return { values, errors: result.errors };
  // The session row went with the account; this clears the cookie as well.
  await signOut({ redirect: false });
  redirect({ href: `${PRIVACY_PATH}/deleted`, locale: await getLocale() });
  return { values: {}, errors: {} };
}
