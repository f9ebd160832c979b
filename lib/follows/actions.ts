"use server";

import { revalidatePath } from "next/cache";
import { hasCompleteProfile, requireMember } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/auth/return-urls";
import { emptyFormState, formValues, type FormState } from "@/lib/forms";
import { setFollow } from "./mutations";
import { followInput } from "./schema";

/** What a follow form gets back: the refusal, if any, and the state it left (the page re-renders too). */
export type FollowFormState = FormState & { following?: boolean };

// Target and id come from hidden fields and can be forged: setFollow checks them in its SQL.
export async function setFollowAction(_prev: FollowFormState, formData: FormData): Promise<FollowFormState> {
  const values = formValues(formData);
  const member = await requireMember(sameOriginPath(values.returnTo));
  if (!hasCompleteProfile(member)) return { values: {}, errors: { form: ["follows.needsProfile"] } };
  const parsed = followInput.safeParse(values);
  if (!parsed.success) return { values: {}, errors: { form: ["follows.notFound"] } };
  const result = await setFollow({ memberId: member.id, ...parsed.data });
  if (!result.ok) return { values: {}, errors: result.errors };
  revalidatePath("/", "layout");
  return { ...emptyFormState, following: result.following };
}
