"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { resolveMunicipalityText } from "@/lib/municipalities/queries";
import { decideApplication, submitApplication, withdrawApplication } from "./application-mutations";
import { applicationIdInput, applicationInput, decisionInput } from "./application-schema";
import { APPLICATIONS_PATH, JOIN_PATH } from "./rules";

/** /join: the application. The member comes from the session; what they typed comes back on refusal. */
export async function submitApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(JOIN_PATH);
  const values = formValues(formData);
  // As on the profile form: without JavaScript (or without a choice) the typed name may name one municipality.
  const typed = values.municipalityQuery ?? "";
  const ags = values.municipalityAgs || (values.body === "municipality" && typed ? await resolveMunicipalityText(typed) : null) || "";
  const parsed = parseForm(applicationInput, { ...values, municipalityAgs: ags }, { values, multiLine: ["reason"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await submitApplication({ memberId: member.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(JOIN_PATH);
  revalidatePath(APPLICATIONS_PATH);
  return { values: {}, errors: {}, message: "join.submitted" };
}

/** The applicant withdraws their open application, after the confirmation step. */
export async function withdrawApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(JOIN_PATH);
  const values = formValues(formData);
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const parsed = parseForm(applicationIdInput, values, { values });
  if (!parsed.success) return { values, errors: { form: ["join.errors.applicationUnknown"] } };
  const result = await withdrawApplication({ memberId: member.id, applicationId: parsed.data.applicationId });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(JOIN_PATH);
  revalidatePath(APPLICATIONS_PATH);
  return { values: {}, errors: {}, message: "join.withdrawn" };
}

/** /admin/applications: approve or reject; the mutation checks the caller's role and that the application is still open. */
export async function decideApplicationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(APPLICATIONS_PATH);
  const values = formValues(formData);
  const parsed = parseForm(decisionInput, values, { values, multiLine: ["reason"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await decideApplication({ moderatorId: moderator.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(APPLICATIONS_PATH);
  // The decided application leaves the list (and its form with it): the page it lands on says what happened.
  redirect({ href: { pathname: APPLICATIONS_PATH, query: { done: result.status } }, locale: await getLocale() });
  return { values: {}, errors: {} };
}
