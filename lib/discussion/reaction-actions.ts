"use server";

import { revalidatePath } from "next/cache";
import { hasCompleteProfile, requireMember } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/auth/return-urls";
import { emptyFormState, formValues, type FormState } from "@/lib/forms";
import { setHelpful } from "./reaction-mutations";
import { helpfulInput } from "./reaction-schema";

/** What the "Hilfreich" button's form gets back: the refusal, if any (the page re-renders the count). */
export type HelpfulFormState = FormState & { helpful?: boolean; count?: number };

export async function setHelpfulAction(_prev: HelpfulFormState, formData: FormData): Promise<HelpfulFormState> {
  const values = formValues(formData);
  // Signed-out visitors sign in and come back to the page they were on.
  const member = await requireMember(sameOriginPath(values.returnTo));
  if (!hasCompleteProfile(member)) return { values: {}, errors: { form: ["reactions.needsProfile"] } };
  const parsed = helpfulInput.safeParse(values);
  if (!parsed.success) return { values: {}, errors: { form: ["reactions.notFound"] } };
  const result = await setHelpful({ memberId: member.id, subject: parsed.data.subject, helpful: parsed.data.helpful });
  if (!result.ok) return { values: {}, errors: result.errors };
  // The page and the catalogue (sorted by helpful) show the new count.
  revalidatePath("/", "layout");
  return { ...emptyFormState, helpful: result.helpful, count: result.count };
}
