"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import type { FieldErrors, Result } from "@/lib/result";
import { addAgendaItem, removeAgendaItem, reorderAgendaItems, updateAgendaItem } from "./agenda-mutations";
import { parseSolutionSlugs } from "./form-values";
import { addCoOrganiser, addMaterial, cancelMeetup, publishMeetup, removeCoOrganiser, removeMaterial, setMinutes } from "./mutations";
import { getMemberIdByEmail, isMeetupSlug, listAgendaItemIds, resolveSolutionSlugs } from "./organiser-queries";
import { canManageMeetup, notAllowed } from "./permissions";
import { markAttendance } from "./registration-mutations";
import {
  agendaItemInput,
  agendaItemRef,
  agendaMove,
  attendanceForm,
  cancelInput,
  coOrganiserForm,
  coOrganiserRef,
  materialInput,
  materialRef,
  MEETUP_MULTI_LINE_FIELDS,
  minutesInput,
  type AgendaItemInput,
} from "./schema";

// Every action here takes the meetup id and slug bound on the manage page. Bound arguments travel
// through the browser and can be forged, so the mutations check the id against the member, and the
// slug only ever feeds a sign-in return path, after its format was checked.

const managePath = (slug: string) => (isMeetupSlug(slug) ? `/meetups/${slug}/manage` : "/meetups");

/** The meetup page, its manage and edit pages, in both languages. */
function revalidateMeetup() {
  revalidatePath("/[locale]/meetups/[slug]", "layout");
}

/** State, time and place show up in lists and calendar feeds as well. */
function revalidateMeetupEverywhere() {
  revalidatePath("/", "layout");
}

/** A mutation names fields by its own input; the forms name some of them differently. */
function onFields(errors: FieldErrors, rename: Record<string, string>): FieldErrors {
  const renamed: FieldErrors = {};
  for (const [field, keys] of Object.entries(errors)) (renamed[rename[field] ?? field] ??= []).push(...keys);
  return renamed;
}

const done = (message: string): FormState => ({ values: {}, errors: {}, message });

export async function publishMeetupAction(meetupId: string, slug: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const result = await publishMeetup({ meetupId, userId: member.id });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidateMeetupEverywhere();
  // The publish box disappears with the draft state, so the manage page says it (`?saved=published`).
  redirect({ href: { pathname: managePath(slug), query: { saved: "published" } }, locale: await getLocale() });
  return { values: {}, errors: {} };
}

export async function cancelMeetupAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = parseForm(cancelInput, values, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values, errors: parsed.errors };
  const asking = confirmationStep(formData, values);
  if (asking) return asking;
  const result = await cancelMeetup({ meetupId, userId: member.id, reason: parsed.data.reason });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetupEverywhere();
  return done("meetups.manage.cancel.done");
}

const SPEAKER_FIELD = /^speakers-(\d{1,2})-(userId|guestName)$/;

/** Repeated `speakers-<n>-userId` / `speakers-<n>-guestName` fields → rows for agendaItemInput. */
function speakerRows(values: Record<string, string>) {
  const rows: { userId?: string; guestName?: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = SPEAKER_FIELD.exec(key);
    if (match) (rows[Number(match[1])] ??= {})[match[2] as "userId" | "guestName"] = value;
  }
  return rows.filter(Boolean);
}

/** The agenda item form (add and edit): its fields, the speaker rows and the linked solutions' slugs. */
async function parseAgendaItemForm(values: Record<string, string>): Promise<Result<{ input: AgendaItemInput }>> {
  const solutionSlugs = parseSolutionSlugs(values.solutionSlugs ?? "");
  const solutions = await resolveSolutionSlugs(solutionSlugs.slice(0, 20));
  const parsed = parseForm(agendaItemInput, { ...values, speakers: speakerRows(values), solutionIds: solutions.ids }, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  const errors: FieldErrors = parsed.success ? {} : onFields(parsed.errors, agendaFields);
  if (solutionSlugs.length > 10) errors.solutionSlugs = ["errors.meetups.tooManySolutions"];
  else if (solutions.unknown.length > 0) errors.solutionSlugs = ["errors.meetups.solutionUnknown"];
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** The mutations check solution ids; the form has their slugs. */
const agendaFields = { solutionIds: "solutionSlugs" };

export async function addAgendaItemAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = await parseAgendaItemForm(values);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const result = await addAgendaItem({ meetupId, userId: member.id, input: parsed.input });
  if (!result.ok) return { values, errors: onFields(result.errors, agendaFields) };
  revalidateMeetup();
  return done("meetups.manage.agenda.added");
}

/** The edit form of one item (`?edit=<itemId>` on the manage page); the item id is a hidden field. */
export async function updateAgendaItemAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const ref = agendaItemRef.safeParse(values);
  if (!ref.success) return { values, errors: { form: ["errors.meetups.notFound"] } };
  const parsed = await parseAgendaItemForm(values);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const result = await updateAgendaItem({ itemId: ref.data.itemId, userId: member.id, input: parsed.input });
  if (!result.ok) return { values, errors: onFields(result.errors, agendaFields) };
  revalidateMeetup();
  // Back to the agenda without the edit form, at the item.
  redirect({ href: `${managePath(slug)}?saved=saved#agenda-item-${ref.data.itemId}`, locale: await getLocale() });
  return { values: {}, errors: {} };
}

export async function removeAgendaItemAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = agendaItemRef.safeParse(values);
  if (!parsed.success) return { values, errors: { form: ["errors.meetups.notFound"] } };
  const result = await removeAgendaItem({ itemId: parsed.data.itemId, userId: member.id });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetup();
  return done("meetups.manage.agenda.removed");
}

/** One step up or down: the whole new order goes to reorderAgendaItems, which checks it is complete. */
export async function moveAgendaItemAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = agendaMove.safeParse(values);
  if (!parsed.success) return { values, errors: { form: ["errors.meetups.agendaOrderInvalid"] } };
  const order = await listAgendaItemIds(meetupId);
  const from = order.indexOf(parsed.data.itemId);
  const to = parsed.data.direction === "up" ? from - 1 : from + 1;
  if (from >= 0 && to >= 0 && to < order.length) [order[from], order[to]] = [order[to]!, order[from]!];
  // An item that is gone (or already first/last) still goes through the permission check.
  const result = await reorderAgendaItems({ meetupId, userId: member.id, itemIds: from >= 0 ? order : [...order, parsed.data.itemId] });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetup();
  return done("meetups.manage.agenda.moved");
}

export async function addMaterialAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = parseForm(materialInput, values, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await addMaterial({ meetupId, userId: member.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetup();
  return done("meetups.manage.materials.added");
}

export async function removeMaterialAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = materialRef.safeParse(values);
  if (!parsed.success) return { values, errors: { form: ["errors.meetups.notFound"] } };
  const result = await removeMaterial({ materialId: parsed.data.materialId, userId: member.id });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetup();
  return done("meetups.manage.materials.removed");
}

export async function setMinutesAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = parseForm(minutesInput, values, { values, multiLine: MEETUP_MULTI_LINE_FIELDS });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await setMinutes({ meetupId, userId: member.id, minutes: parsed.data.minutes });
  if (!result.ok) return { values, errors: result.errors };
  revalidateMeetup();
  // The saved text stays in the field: the page hands the stored minutes back as its default.
  return { values: { minutes: parsed.data.minutes }, errors: {}, message: "meetups.manage.minutes.saved" };
}

/**
 * One checkbox per participant with a seat; every listed participant is saved, so an unticked box
 * records "did not attend". The ticked ids come back joined in `values.attended` after an error.
 */
export async function markAttendanceAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const raw = { participant: formData.getAll("participant"), attended: formData.getAll("attended") };
  const values = { attended: raw.attended.filter((v) => typeof v === "string").join(",") };
  const parsed = attendanceForm.safeParse(raw);
  if (!parsed.success) return { values, errors: { form: ["errors.meetups.attendeeUnknown"] } };
  const ticked = new Set(parsed.data.attended);
  const listed = new Set(parsed.data.participant);
  if ([...ticked].some((id) => !listed.has(id))) return { values, errors: { form: ["errors.meetups.attendeeUnknown"] } };
  const result = await markAttendance({ meetupId, userId: member.id, attendance: [...listed].map((id) => ({ userId: id, attended: ticked.has(id) })) });
  if (!result.ok) return { values, errors: onFields(result.errors, { attendance: "form" }) };
  revalidateMeetup();
  return done("meetups.manage.participants.attendanceSaved");
}

export async function addCoOrganiserAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = parseForm(coOrganiserForm, values, { values });
  if (!parsed.success) return { values, errors: parsed.errors };
  // Rights first: otherwise anyone could find out which addresses belong to members.
  if (!(await canManageMeetup(meetupId, member.id))) return { values, errors: notAllowed().errors };
  const coOrganiserId = await getMemberIdByEmail(parsed.data.email);
  if (!coOrganiserId) return { values, errors: { email: ["errors.meetups.coOrganiserEmailUnknown"] } };
  const result = await addCoOrganiser({ meetupId, userId: member.id, coOrganiserId });
  if (!result.ok) return { values, errors: onFields(result.errors, { coOrganiserId: "email" }) };
  revalidateMeetup();
  return done("meetups.manage.coOrganisers.added");
}

export async function removeCoOrganiserAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(managePath(slug));
  const values = formValues(formData);
  const parsed = coOrganiserRef.safeParse(values);
  if (!parsed.success) return { values, errors: { form: ["errors.meetups.coOrganiserUnknown"] } };
  const result = await removeCoOrganiser({ meetupId, userId: member.id, coOrganiserId: parsed.data.userId });
  if (!result.ok) return { values, errors: onFields(result.errors, { coOrganiserId: "form" }) };
  revalidateMeetup();
  // Whoever stepped down as organiser (and is no admin) cannot see the manage page any more.
  if (parsed.data.userId === member.id && !(await canManageMeetup(meetupId, member.id))) {
    redirect({ href: isMeetupSlug(slug) ? `/meetups/${slug}` : "/meetups", locale: await getLocale() });
  }
  return done("meetups.manage.coOrganisers.removed");
}
