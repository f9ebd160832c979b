"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { saveDeliverySettings } from "./settings-mutations";
import { SETTINGS_PATH } from "./settings-rules";
import { deliverySettingsInput } from "./settings-schema";

/** Saves the e-mail settings and comes back to the page with "Gespeichert."; bad input stays on the form with a message. */
export async function saveNotificationSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(SETTINGS_PATH);
  const values = formValues(formData);
  const parsed = parseForm(deliverySettingsInput, values, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const saved = await saveDeliverySettings({ memberId: member.id, settings: parsed.data });
  if (!saved.ok) return { values, errors: saved.errors };
  revalidatePath(SETTINGS_PATH);
  redirect({ href: { pathname: SETTINGS_PATH, query: { saved: "saved" } }, locale: await getLocale() });
  return { values, errors: {} };
}
