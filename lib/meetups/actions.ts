"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { rememberLocale } from "@/lib/members/mutations";
import { redirect } from "@/i18n/navigation";
import { createMeetup, publishMeetup, updateMeetup } from "./mutations";
import { cancelRegistration, registerForMeetup } from "./registration-mutations";
import { MEETUP_MULTI_LINE_FIELDS, meetupInput, registrationInput } from "./schema";
import { memberLimitError } from "@/lib/rate-limits/mutations";

export async function createMeetupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember("/meetups/new");
  const values = formValues(formData);
  const parsed = parseForm(meetupInput, values, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values, errors: parsed.errors };
  // Planning happens ahead: a start in the past is a typo (2020 for 2026). Editing a meetup that has
  // taken place (minutes, corrections) stays possible, and the seed creates past meetups directly.
  if (parsed.data.startsAt.getTime() <= Date.now()) return { values, errors: { startDate: ["errors.meetups.startInPast"] } };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values, errors: { form: [limited] } };
  const created = await createMeetup({ creatorId: member.id, input: parsed.data });
  if (!created.ok) return { values, errors: created.errors };
  if (values.intent === "publish") {
    const published = await publishMeetup({ meetupId: created.id, userId: member.id });
    if (!published.ok) return { values, errors: published.errors };
  }
  revalidatePath("/", "layout");
  redirect({ href: { pathname: `/meetups/${created.slug}`, query: { saved: values.intent === "publish" ? "published" : "draft" } }, locale: await getLocale() });
  return { values, errors: {} };
}

export async function updateMeetupAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/meetups/${slug}/edit`);
  const values = formValues(formData);
  const parsed = parseForm(meetupInput, values, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values, errors: parsed.errors };
  const limited = await memberLimitError("publishing", member.id);
  if (limited) return { values, errors: { form: [limited] } };
  const updated = await updateMeetup({ meetupId, userId: member.id, input: parsed.data });
  if (!updated.ok) return { values, errors: updated.errors };
  if (values.intent === "publish") {
    const published = await publishMeetup({ meetupId, userId: member.id });
    if (!published.ok) return { values, errors: published.errors };
  }
  revalidatePath("/", "layout");
  const saved = values.intent === "publish" ? "published" : values.intent === "draft" ? "draft" : "saved";
  redirect({ href: { pathname: `/meetups/${updated.slug}`, query: { saved } }, locale: await getLocale() });
  return { values, errors: {} };
}

export async function registerAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/meetups/${slug}`);
  const values = formValues(formData);
  const parsed = parseForm(registrationInput, values, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values, errors: parsed.errors };
  const limited = await memberLimitError("registration", member.id);
  if (limited) return { values, errors: { form: [limited] } };
  // The confirmation (and every later mail about it) goes out in the language of this page.
  await rememberLocale(member.id, await getLocale());
  const result = await registerForMeetup({ meetupId, userId: member.id, note: parsed.data.note, listPublicly: parsed.data.listPublicly });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(`/meetups/${slug}`);
  return { values, errors: {}, message: result.status === "registered" ? "meetups.register.registered" : "meetups.register.waitlisted" };
}

export async function cancelRegistrationAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(`/meetups/${slug}`);
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const limited = await memberLimitError("registration", member.id);
  if (limited) return { values: {}, errors: { form: [limited] } };
  const result = await cancelRegistration({ meetupId, userId: member.id });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath(`/meetups/${slug}`);
  return { values: {}, errors: {}, message: "meetups.register.cancelled" };
}
