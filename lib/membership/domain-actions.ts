"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { resolveMunicipalityText } from "@/lib/municipalities/queries";
import { addDomain, removeDomain } from "./domain-mutations";
import { domainInput, domainRemoveInput } from "./domain-schema";
import { DOMAINS_PATH } from "./rules";

export async function addDomainAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(DOMAINS_PATH);
  const values = formValues(formData);
  const typed = values.municipalityQuery ?? "";
  const ags = values.municipalityAgs || (values.body === "municipality" && typed ? await resolveMunicipalityText(typed) : null) || "";
  const parsed = parseForm(domainInput, { ...values, municipalityAgs: ags }, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await addDomain({ moderatorId: moderator.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(DOMAINS_PATH);
  return { values: {}, errors: {}, message: "joinAdmin.domains.added" };
}

/** Asks first (lib/confirmation.ts), then takes the domain off the allowlist. */
export async function removeDomainAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(DOMAINS_PATH);
  const values = formValues(formData);
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const parsed = parseForm(domainRemoveInput, values, { values });
  if (!parsed.success) return { values, errors: { form: ["joinAdmin.errors.domainUnknown"] } };
  const result = await removeDomain({ moderatorId: moderator.id, domain: parsed.data.domain });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(DOMAINS_PATH);
  return { values: {}, errors: {}, message: "joinAdmin.domains.removed" };
}
