"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { confirmationStep } from "@/lib/confirmation";
import type { FormState } from "@/lib/forms";
import { deleteDraftMeetup } from "./draft-mutations";
import { isMeetupSlug } from "./organiser-queries";

// The id and slug are bound on the manage page and can be forged: the mutation checks the id
// against the member; the slug only feeds the sign-in return path, after its format was checked.
export async function deleteDraftMeetupAction(meetupId: string, slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(isMeetupSlug(slug) ? `/meetups/${slug}/manage` : "/meetups");
  const asking = confirmationStep(formData);
  if (asking) return asking;
  const result = await deleteDraftMeetup({ meetupId, userId: member.id });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath("/", "layout");
  redirect({ href: "/me", locale: await getLocale() });
  return { values: {}, errors: {} };
}
