"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/schema";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { redirect } from "@/i18n/navigation";
import { resolveMunicipalityText } from "@/lib/municipalities/queries";
import { changeMemberRole, rememberLocale, updateProfile } from "./mutations";
import { profileDetailsInput, profileInput, roleChangeInput } from "./schema";

export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember("/onboarding");
  const values = formValues(formData);
  // A verified member's municipality is fixed: the form shows it read-only and nothing sent counts.
  const fixed = member.status !== "pending";
  const typed = values.municipalityQuery ?? "";
  const ags = fixed ? "" : values.municipalityAgs || (typed ? await resolveMunicipalityText(typed) : null) || "";
  const parsed = fixed ? parseForm(profileDetailsInput, values, { values }) : parseForm(profileInput, { ...values, municipalityAgs: ags }, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const saved = await updateProfile(member.id, parsed.data);
  if (!saved.ok) return { values, errors: saved.errors };
  const locale = await getLocale();
  await rememberLocale(member.id, locale);
  revalidatePath("/", "layout");
  redirect({ href: safeReturnPath.parse(values.next), locale });
  return { values, errors: {} };
}

export async function changeMemberRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireMember("/admin/members");
  const values = formValues(formData);
  const parsed = parseForm(roleChangeInput, values, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await changeMemberRole({ adminId: admin.id, ...parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath("/admin/members");
  return { values, errors: {}, message: "admin.saved" };
}
