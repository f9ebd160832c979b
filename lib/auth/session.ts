import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { redirect } from "@/i18n/navigation";
import { getMemberById } from "@/lib/members/queries";
import type { Viewer } from "@/lib/visibility/rules";
import { auth } from "./config";

export type CurrentMember = NonNullable<Awaited<ReturnType<typeof getMemberById>>>;

/** The signed-in member with their profile, or null. Read once per request. */
export const getCurrentMember = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  const member = id ? await getMemberById(id) : null;
  // A suspension deletes the member's sessions; one read a moment before counts as signed out too.
  return member?.status === "suspended" ? null : member;
});

/** The signed-in member as the visibility rules see them (lib/visibility), or null when anonymous. */
export const getViewer = cache(async (): Promise<Viewer> => {
  const member = await getCurrentMember();
  return member ? { id: member.id, status: member.status, role: member.role } : null;
});

/** A name, and a municipality or (a verified member of one) an organisation. */
export function hasCompleteProfile(member: Pick<CurrentMember, "name" | "municipalityAgs" | "organisationId">): boolean {
  return Boolean(member.name && (member.municipalityAgs || member.organisationId));
}

/** For pages and actions that need a member: sends everyone else to sign-in, then back here. */
export async function requireMember(returnTo: string): Promise<CurrentMember> {
  const member = await getCurrentMember();
  if (!member) {
    const locale = await getLocale();
    redirect({ href: { pathname: "/signin", query: { callbackUrl: returnTo } }, locale });
  }
  return member!;
}
