"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { listServicesByIds } from "@/lib/services/queries";
import { chosenServiceIds } from "@/lib/solutions/form-values";
import { updateProfileDetails } from "./profile-mutations";
import { PROFILE_SETTINGS_PATH } from "./rules";
import { profileDetailsExtraInput } from "./profile-schema";

/**
 * Saves /settings/profile and comes back to it with "Gespeichert."; bad input stays on the form
 * with a message next to its field. The Themenfeld boxes and the service picker send one field per
 * choice; `values` carries them back joined by commas.
 */
export async function saveProfileDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(PROFILE_SETTINGS_PATH);
  const values = formValues(formData);
  const themenfeldIds = formData.getAll("themenfeldIds").filter((v): v is string => typeof v === "string" && v !== "");
  const serviceIds = chosenServiceIds(formData);
  values.themenfeldIds = themenfeldIds.join(",");
  values.serviceIds = serviceIds.join(",");
  // The picker shows chosen services by name, so a failed save sends the names back too.
  values.servicesJson = JSON.stringify(await listServicesByIds(serviceIds.map(Number)));
  const parsed = parseForm(profileDetailsExtraInput, { ...values, themenfeldIds, serviceIds }, { values, multiLine: ["bio", "software"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const saved = await updateProfileDetails({ memberId: member.id, input: parsed.data });
  if (!saved.ok) return { values, errors: saved.errors };
  revalidatePath(`/members/${member.id}`);
  revalidatePath("/members");
  redirect({ href: { pathname: PROFILE_SETTINGS_PATH, query: { saved: "saved" } }, locale: await getLocale() });
  return { values, errors: {} };
}
