import type { MemberRole } from "@/db/schema/member-enums";
import {
  membersOnlyFieldGroups,
  type MemberStatus,
  type MembersOnlyFieldGroup,
  type SolutionVisibility,
} from "@/db/schema/membership-enums";

/**
 * Who is looking: null for an anonymous visitor. Everything that decides what a person may see
 * takes this shape, so pages, search, the API, feeds, calendars and notifications apply one rule.
 */
export type Viewer = { id: string; status: MemberStatus; role: MemberRole } | null;

/** The anonymous viewer: public content and public fields only (also search engines, feeds, the public API). */
export const anonymousViewer: Viewer = null;

/** Verified members see network content and members-only fields; pending and suspended members do not. */
export function seesNetworkContent(viewer: Viewer): boolean {
  return viewer?.status === "verified";
}

/**
 * Moderators and admins see hidden content (to review it) and the moderation queue. The role counts,
 * as for editing (lib/solutions/permissions.ts): an admin from ADMIN_EMAILS may be pending (no
 * municipality's domain), a suspended one is nobody (lib/moderation/permissions.ts, the same in SQL).
 */
export function isModerator(viewer: Viewer): boolean {
  return Boolean(viewer) && viewer!.status !== "suspended" && (viewer!.role === "moderator" || viewer!.role === "admin");
}

export function canSeeSolution(viewer: Viewer, solution: { visibility: SolutionVisibility }): boolean {
  return solution.visibility === "public" || seesNetworkContent(viewer);
}

/** The field groups of a solution this viewer may not see. */
export function hiddenFieldGroups(
  viewer: Viewer,
  solution: { visibility: SolutionVisibility; membersOnlyFields: readonly string[] },
): MembersOnlyFieldGroup[] {
  if (seesNetworkContent(viewer)) return [];
  return membersOnlyFieldGroups.filter((group) => solution.membersOnlyFields.includes(group));
}

/** Which solution columns each members-only field group covers. */
export const fieldGroupColumns = {
  costs: ["costOneOffMin", "costOneOffMax", "costYearlyMin", "costYearlyMax"],
  effort: ["effortPersonDays"],
  vendor: ["vendor"],
  contact: ["contactName", "contactEmail", "contactPhone"],
} as const satisfies Record<MembersOnlyFieldGroup, readonly string[]>;

/**
 * A copy of `record` with the columns of the hidden field groups set to null: what an anonymous or
 * pending viewer gets of a public solution (pages, API, feeds, revision history and diffs).
 */
export function redactSolutionFields<T extends Record<string, unknown>>(
  viewer: Viewer,
  solution: { visibility: SolutionVisibility; membersOnlyFields: readonly string[] },
  record: T,
): T {
  const hidden = hiddenFieldGroups(viewer, solution);
  if (hidden.length === 0) return record;
  const copy: Record<string, unknown> = { ...record };
  for (const group of hidden) for (const column of fieldGroupColumns[group]) if (column in copy) copy[column] = null;
  return copy as T;
}

/**
 * What a viewer gets of one solution's stored fields (the detail page, the API, a revision): the
 * members-only field groups removed for anyone but verified members, and the contact's e-mail and
 * phone removed for them even when the contact is public (no public phone book of public
 * servants). `mayEdit` (authors, co-authors, moderators) sees everything. `hiddenFields` names the
 * groups removed, so a page can say "Nur für Mitglieder sichtbar" where they would be.
 */
export function solutionFieldsFor<T extends Record<string, unknown>>(
  viewer: Viewer,
  solution: { visibility: SolutionVisibility; membersOnlyFields: readonly string[] },
  record: T,
  mayEdit = false,
): { fields: T; hiddenFields: MembersOnlyFieldGroup[] } {
  if (mayEdit || seesNetworkContent(viewer)) return { fields: record, hiddenFields: [] };
  const fields: Record<string, unknown> = { ...redactSolutionFields(viewer, solution, record) };
  for (const column of ["contactEmail", "contactPhone"]) if (column in fields) fields[column] = null;
  return { fields: fields as T, hiddenFields: hiddenFieldGroups(viewer, solution) };
}
