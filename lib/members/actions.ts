"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/schema";
import { fieldErrors, formValues, type FormState } from "@/lib/forms";
import { redirect } from "@/i18n/navigation";
import { updateProfile } from "./mutations";
import { profileInput } from "./schema";

export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember("/onboarding");
  const values = formValues(formData);
  const parsed = profileInput.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
  if (!(await updateProfile(member.id, parsed.data))) {
    return { values, errors: { municipalityAgs: ["errors.municipalityUnknown"] } };
  }
  revalidatePath("/", "layout");
  const locale = await getLocale();
  redirect({ href: safeReturnPath.parse(values.next), locale });
  return { values, errors: {} };
}
