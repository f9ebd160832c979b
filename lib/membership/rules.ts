import type { MemberRole } from "@/db/schema/member-enums";

export const JOIN_PATH = "/join";
export const APPLICATIONS_PATH = "/admin/applications";
export const DOMAINS_PATH = "/admin/domains";

/** Who decides applications and keeps the domain allowlist (the writes check it again in their SQL). */
export const isMembershipModerator = (role: MemberRole | null | undefined) => role === "moderator" || role === "admin";

// The choices of the application and allowlist forms (here, not in their schema files, so that the
// forms do not bring zod to the browser).

/** Whom the applicant works for: a municipality, a listed organisation, or one not listed yet. */
export const applicationBodies = ["municipality", "organisation", "newOrganisation"] as const;
export type ApplicationBody = (typeof applicationBodies)[number];

/** What an allowlisted e-mail domain belongs to. */
export const domainBodies = ["municipality", "organisation"] as const;
