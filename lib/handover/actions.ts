"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import type { HandoverCounts } from "./jobs";
import { handOver, takeOverContact } from "./mutations";
import { HANDOVER_PATH } from "./rules";
import { handoverInput, takeOverContactInput } from "./schema";

export type HandoverState = FormState & { counts?: HandoverCounts };

/**
 * "Beiträge übergeben": asks first (the confirmation step works without JavaScript), then hands the
 * leaver's contributions over. The leaver is the signed-in member unless an admin names another one;
 * who may act for whom is decided in the mutation's SQL, not here.
 */
export async function handOverAction(_prev: HandoverState, formData: FormData): Promise<HandoverState> {
  const member = await requireMember(HANDOVER_PATH);
  const values = formValues(formData);
  const parsed = parseForm(handoverInput, { fromId: values.fromId || member.id, toId: values.toId }, { values });
  // A malformed leaver id comes from no field the member can edit: it is the form's error.
  if (!parsed.success) {
    const { fromId, ...errors } = parsed.errors;
    return { values, errors: fromId ? { ...errors, form: fromId } : errors };
  }
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const result = await handOver({ actorId: member.id, ...parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath("/", "layout");
  return { values: {}, errors: {}, message: "handover.form.done", counts: result.counts };
}

/** "Ich übernehme die Ansprechpartnerschaft" on a solution whose contact left; lands on the solution with a flash. */
export async function takeOverContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = parseForm(takeOverContactInput, values, { values });
  const member = await requireMember(parsed.success ? `/solutions/${parsed.data.slug}` : "/solutions");
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await takeOverContact({ memberId: member.id, slug: parsed.data.slug });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(`/solutions/${parsed.data.slug}`);
  // The notice that held the form is gone from the page anew: the flash there says what happened.
  redirect({ href: { pathname: `/solutions/${parsed.data.slug}`, query: { saved: "contact" } }, locale: await getLocale() });
  return { values: {}, errors: {} };
}
