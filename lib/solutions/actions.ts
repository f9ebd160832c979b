"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { listServicesByIds } from "@/lib/services/queries";
import { hasCompleteProfile, requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { redirect } from "@/i18n/navigation";
import { snapshotToValues, solutionFormData } from "./form-values";
import { addCoauthor, confirmStillCurrent, createSolution, markReuse, removeCoauthor, updateSolution, withdrawReuse } from "./mutations";
import { memberId, reuseStatusInput, SOLUTION_MULTI_LINE_FIELDS, solutionInput, solutionSlug } from "./schema";
import { memberLimitError } from "@/lib/rate-limits/mutations";

/** A solution form's state: besides values and errors, the other person's version after a conflict. */
export type SolutionFormState = FormState & {
  conflict?: { values: Record<string, string>; changedBy: string | null; changedAt: string; version: number };
};

/** The picker shows chosen services by name, so a failed save has to send the names back too. */
async function withServiceNames(values: Record<string, string>): Promise<Record<string, string>> {
  const services = await listServicesByIds((values.serviceIds ?? "").split(",").map(Number));
  return { ...values, servicesJson: JSON.stringify(services) };
}

export async function createSolutionAction(_prev: SolutionFormState, formData: FormData): Promise<SolutionFormState> {
  const member = await requireMember("/solutions/new");
  const { values, input } = solutionFormData(formData);
  if (!hasCompleteProfile(member)) return { values: await withServiceNames(values), errors: { form: ["solutions.form.needsProfile"] } };
  const parsed = parseForm(solutionInput, input, { values, multiLine: SOLUTION_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values: await withServiceNames(values), errors: parsed.errors };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values: await withServiceNames(values), errors: { form: [limited] } };
  const result = await createSolution({ authorId: member.id, input: parsed.data });
  if (!result.ok) return { values: await withServiceNames(values), errors: result.errors };
  revalidatePath("/", "layout");
  // The page it lands on says what happened ("Veröffentlicht").
  const saved = parsed.data.intent === "publish" ? "published" : "draft";
  redirect({ href: { pathname: `/solutions/${result.slug}`, query: { saved } }, locale: await getLocale() });
  return { values, errors: {} };
}

export async function updateSolutionAction(slug: string, _prev: SolutionFormState, formData: FormData): Promise<SolutionFormState> {
  const member = await requireMember(`/solutions/${slug}/edit`);
  const { values, input } = solutionFormData(formData);
  const parsed = parseForm(solutionInput, input, { values, multiLine: SOLUTION_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values: await withServiceNames(values), errors: parsed.errors };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values: await withServiceNames(values), errors: { form: [limited] } };
  const result = await updateSolution({ editorId: member.id, slug, input: parsed.data });
  if (!result.ok) {
    if ("conflict" in result) {
      const { current, changedBy, changedAt } = result.conflict;
      return {
        // The next save is a deliberate overwrite of the version the member has now seen.
        values: await withServiceNames({ ...values, expectedVersion: String(current.version) }),
        errors: result.errors,
        conflict: {
          values: snapshotToValues(current),
          changedBy: changedBy?.name ?? null,
          changedAt: changedAt.toISOString(),
          version: current.version,
        },
      };
    }
    return { values: await withServiceNames(values), errors: result.errors };
  }
  revalidatePath("/", "layout");
  // "Gespeichert: Version 3" (a published save keeps a revision), or "saved as a draft".
  const saved = parsed.data.intent === "publish" ? String(result.version) : "draft";
  redirect({ href: { pathname: `/solutions/${result.slug}`, query: { saved } }, locale: await getLocale() });
  return { values, errors: {} };
}

export async function markReuseAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${slug}`);
  const values = formValues(formData);
  if (!solutionSlug.safeParse(slug).success) return { values, errors: { form: ["errors.solutions.notFound"] } };
  const status = reuseStatusInput.safeParse(values.status);
  if (!status.success) return { values, errors: { status: ["errors.solutions.reuseStatusInvalid"] } };
  const result = await markReuse({ memberId: member.id, slug, status: status.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(`/solutions/${slug}`);
  return { values, errors: {}, message: "solutions.detail.reuseSaved" };
}

export async function confirmStillCurrentAction(slug: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${slug}`);
  if (!solutionSlug.safeParse(slug).success) return { values: {}, errors: { form: ["errors.solutions.notFound"] } };
  const result = await confirmStillCurrent({ memberId: member.id, slug });
  if (!result.ok) return { values: {}, errors: { form: Object.values(result.errors).flat() } };
  revalidatePath(`/solutions/${slug}`);
  return { values: {}, errors: {}, message: "solutions.detail.confirmed" };
}

export async function addCoauthorAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${slug}`);
  const values = formValues(formData);
  const coauthorId = (values.coauthorId ?? "").trim();
  if (!coauthorId || !solutionSlug.safeParse(slug).success) return { values, errors: { coauthorId: ["errors.solutions.coauthorUnknown"] } };
  const result = await addCoauthor({ authorId: member.id, slug, coauthorId });
  if (!result.ok) return { values, errors: { coauthorId: Object.values(result.errors).flat() } };
  revalidatePath(`/solutions/${slug}`);
  return { values: {}, errors: {}, message: "solutions.detail.coauthorAdded" };
}

export async function withdrawReuseAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${slug}`);
  if (!solutionSlug.safeParse(slug).success) return { values: {}, errors: { form: ["errors.solutions.notFound"] } };
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const result = await withdrawReuse({ memberId: member.id, slug });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath(`/solutions/${slug}`);
  // The list above the form shows the change; the button's form has no success line.
  return { values: {}, errors: {} };
}

export async function removeCoauthorAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${slug}`);
  const coauthorId = memberId.safeParse(formData.get("coauthorId"));
  if (!coauthorId.success || !solutionSlug.safeParse(slug).success) return { values: {}, errors: { form: ["errors.solutions.coauthorNotListed"] } };
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const result = await removeCoauthor({ authorId: member.id, slug, coauthorId: coauthorId.data });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath(`/solutions/${slug}`);
  return { values: {}, errors: {} };
}
