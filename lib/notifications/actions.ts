"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { formValues } from "@/lib/forms";
import { markAllNotificationsRead, markNotificationsRead } from "./mutations";
import { markReadInput, notificationsPage } from "./schema";

// Plain forms (they work without JavaScript): each action writes, then returns to the page the
// member was on. Ids and group keys come from the form and can be forged; the UPDATE only touches
// the signed-in member's own rows.

async function backTo(page: unknown, done: "one" | "all") {
  revalidatePath("/", "layout");
  const p = notificationsPage.parse(page);
  redirect({ href: { pathname: "/notifications", query: { ...(p > 1 ? { page: String(p) } : {}), done } }, locale: await getLocale() });
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const member = await requireMember("/notifications");
  const values = formValues(formData);
  const parsed = markReadInput.safeParse(values);
  if (parsed.success) {
    await markNotificationsRead(db, member.id, "id" in parsed.data ? { ids: [parsed.data.id] } : { groupKey: parsed.data.group });
  }
  await backTo(values.page, "one");
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const member = await requireMember("/notifications");
  await markAllNotificationsRead(db, member.id);
  await backTo(formValues(formData).page, "all");
}
