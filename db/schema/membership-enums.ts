// Plain value lists, free of Drizzle imports, so client components can use them too.

/**
 * Where a person stands in the closed circle:
 * - pending: signed in, reads public content, may apply; cannot publish or see network content;
 * - verified: a member of a municipality or organisation (allowlisted domain, approved application,
 *   accepted invitation, single sign-on with an AGS claim, or seeded demo account);
 * - suspended: cannot sign in; their sessions are ended when the suspension is recorded.
 */
export const memberStatuses = ["pending", "verified", "suspended"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** Members who do not work for a municipality: districts, state ministries, IT providers, associations. */
export const organisationKinds = ["district", "state_ministry", "it_provider", "association", "other"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const applicationStatuses = ["open", "approved", "rejected", "withdrawn"] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** public: anyone, search engines, the API. network: verified members only. */
export const solutionVisibilities = ["public", "network"] as const;
export type SolutionVisibility = (typeof solutionVisibilities)[number];

/**
 * Parts of a public solution that can be kept to verified members, field group by field group.
 * costs: the four cost fields; effort: effortPersonDays; vendor: vendor and contract details (vendor,
 * software's vendor); contact: contact name, e-mail and phone.
 */
export const membersOnlyFieldGroups = ["costs", "effort", "vendor", "contact"] as const;
export type MembersOnlyFieldGroup = (typeof membersOnlyFieldGroups)[number];
export const defaultMembersOnlyFieldGroups: MembersOnlyFieldGroup[] = ["contact"];

export const reportTargets = ["solution", "comment", "member"] as const;
export type ReportTarget = (typeof reportTargets)[number];

export const reportStatuses = ["open", "resolved", "dismissed"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/**
 * Every privileged action the audit log records. Add new kinds here (the log's `action` column is
 * text so that adding one needs no migration; this list is the one place that names them).
 */
export const auditActions = [
  "member.role_changed",
  "member.status_changed", // verified, suspended, unsuspended
  "member.deleted",
  "member.handover",
  "domain.added",
  "domain.removed",
  "application.approved",
  "application.rejected",
  "invitation.created",
  "invitation.accepted",
  "invitation.revoked",
  "report.created",
  "report.resolved",
  "report.dismissed",
  "solution.hidden",
  "solution.restored",
  "comment.hidden",
  "comment.restored",
  "organisation.created",
] as const;
export type AuditAction = (typeof auditActions)[number];
