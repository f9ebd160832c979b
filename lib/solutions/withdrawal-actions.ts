"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import type { FormState } from "@/lib/forms";
import { solutionSlug } from "./schema";
import { deleteDraftSolution, withdrawSolution } from "./withdrawal-mutations";

// The slug is bound on the page and can be forged: the mutations check it against the member.

export async function withdrawSolutionAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${solutionSlug.safeParse(slug).success ? slug : ""}`);
  if (!solutionSlug.safeParse(slug).success) return { values: {}, errors: { form: ["errors.solutions.notFound"] } };
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const result = await withdrawSolution({ memberId: member.id, slug });
  if (!result.ok) return { values: {}, errors: result.errors };
  // Lists, counts, service and municipality pages all leave it out now.
  revalidatePath("/", "layout");
  redirect({ href: `/solutions/${slug}`, locale: await getLocale() });
  return { values: {}, errors: {} };
}

export async function deleteDraftSolutionAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/solutions/${solutionSlug.safeParse(slug).success ? slug : ""}`);
  if (!solutionSlug.safeParse(slug).success) return { values: {}, errors: { form: ["errors.solutions.notFound"] } };
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const result = await deleteDraftSolution({ memberId: member.id, slug });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath("/", "layout");
  redirect({ href: "/me", locale: await getLocale() });
  return { values: {}, errors: {} };
}
