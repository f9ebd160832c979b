"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/auth/return-urls";
import { formValues, parseForm, type FormState } from "@/lib/forms";
import { createReport, decideReport, restoreContent, setSuspension } from "./mutations";
import { decisionInput, reportInput, restoreInput, suspensionInput } from "./schema";

const QUEUE = "/admin/reports";
const MEMBERS_LIST = "/admin/members";

/** "Melden": a verified member reports a solution, comment or profile. Signed-out visitors sign in first and come back. */
export async function reportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const member = await requireMember(sameOriginPath(values.returnTo));
  const parsed = parseForm(reportInput, values, { values, multiLine: ["reason"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await createReport({ reporterId: member.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(QUEUE);
  // The reason is sent; the form starts empty again.
  return { values: {}, errors: {}, message: "moderation.report.sent" };
}

/** Hide the reported solution or comment, or dismiss the report (moderators and admins). */
export async function decideReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(QUEUE);
  const values = formValues(formData);
  const parsed = parseForm(decisionInput, values, { values, multiLine: ["note"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await decideReport({ moderatorId: moderator.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath("/", "layout");
  // The decided report leaves the list (and its form with it): the queue says what happened on top.
  redirect({ href: { pathname: QUEUE, query: { done: parsed.data.decision === "hide" ? "hidden" : "dismissed" } }, locale: await getLocale() });
  return { values: {}, errors: {} };
}

/** Show a hidden solution or comment again (moderators and admins). */
export async function restoreContentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(QUEUE);
  const values = formValues(formData);
  const parsed = parseForm(restoreInput, values, { values, multiLine: ["note"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await restoreContent({ moderatorId: moderator.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath("/", "layout");
  redirect({ href: { pathname: QUEUE, query: { done: "restored" } }, locale: await getLocale() });
  return { values: {}, errors: {} };
}

/** Suspend a member or lift the suspension (moderators and admins; admins only by admins). */
export async function setSuspensionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const moderator = await requireMember(QUEUE);
  const values = formValues(formData);
  const parsed = parseForm(suspensionInput, values, { values, multiLine: ["note"] });
  if (!parsed.success) return { values, errors: parsed.errors };
  const result = await setSuspension({ moderatorId: moderator.id, input: parsed.data });
  if (!result.ok) return { values, errors: result.errors };
  revalidatePath(QUEUE);
  revalidatePath(MEMBERS_LIST);
  // From the members list, back to it with the result on top: with a status filter the row itself
  // leaves the list, and its message with it.
  const back = sameOriginPath(values.returnTo);
  if (back.startsWith(`${MEMBERS_LIST}?`) || back === MEMBERS_LIST) {
    const url = new URL(back, "http://list.invalid");
    url.searchParams.set("saved", parsed.data.suspend ? "suspended" : "lifted");
    redirect({ href: `${url.pathname}${url.search}`, locale: await getLocale() });
  }
  return { values: {}, errors: {}, message: parsed.data.suspend ? "moderation.suspension.suspended" : "moderation.suspension.lifted" };
}
