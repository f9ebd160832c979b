"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { resolveMunicipalityText } from "@/lib/municipalities/queries";
import { acceptInvitation, createInvitations, createMeetupInvitations, revokeInvitation } from "./mutations";
import { invitationPath, INVITATIONS_PATH } from "./rules";
import { acceptInput, guestInviteInput, inviteInput, revokeInput } from "./schema";

/** What the form shows after inviting: one line per pasted entry, as `report.<n>` = "outcome email". */
export type InviteState = FormState & { report?: { email: string; outcome: string }[] };

export async function inviteAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const inviter = await requireMember(INVITATIONS_PATH);
  const values = formValues(formData);
  const typed = values.municipalityQuery ?? "";
  const ags = values.municipalityAgs || (typed && !values.organisationId ? await resolveMunicipalityText(typed) : null) || "";
  const parsed = parseForm(inviteInput, { ...values, municipalityAgs: ags }, { values, multiLine: ["emails"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await createInvitations({ inviterId: inviter.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(INVITATIONS_PATH);
  // The list is done: only the entries that were not invited stay in the box, to correct them.
  const kept = result.report.filter((r) => r.outcome === "invalid").map((r) => r.email);
  return { values: { ...values, emails: kept.join("\n") }, errors: {}, message: "invitations.form.done", report: result.report };
}

/** Meetup guests, from the meetup's manage page (bound to the meetup's id and slug). */
export async function inviteGuestsAction(meetupId: string, slug: string, _prev: InviteState, formData: FormData): Promise<InviteState> {
  const inviter = await requireMember(`/meetups/${slug}/manage`);
  const values = formValues(formData);
  const parsed = parseForm(guestInviteInput, values, { values, multiLine: ["emails"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await createMeetupInvitations({ inviterId: inviter.id, meetupId, emails: parsed.data.emails });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(`/meetups/${slug}/manage`);
  const kept = result.report.filter((r) => r.outcome === "invalid").map((r) => r.email);
  return { values: { emails: kept.join("\n") }, errors: {}, message: "invitations.form.done", report: result.report };
}

export async function revokeInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember(INVITATIONS_PATH);
  const values = formValues(formData);
  const parsed = parseForm(revokeInput, values, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const result = await revokeInvitation({ actorId: actor.id, invitationId: parsed.data.invitationId });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(INVITATIONS_PATH);
  return { values: {}, errors: {}, message: "invitations.list.revoked" };
}

export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = parseForm(acceptInput, values, { values });
  if (!parsed.success) return { values, errors: { form: ["invitations.errors.notUsable"] } };
  const member = await requireMember(invitationPath(parsed.data.token));
  const result = await acceptInvitation({ userId: member.id, token: parsed.data.token });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath("/", "layout");
  redirect({ href: invitationPath(parsed.data.token), locale: await getLocale() });
  return { values, errors: {} };
}
