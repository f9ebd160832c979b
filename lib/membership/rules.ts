import type { MemberRole } from "@/db/schema/member-enums";

export const JOIN_PATH = "/join";
export const APPLICATIONS_PATH = "/admin/applications";
export const DOMAINS_PATH = "/admin/domains";

/** Who decides applications and keeps the domain allowlist (the writes check it again in their SQL). */
export const isMembershipModerator = (role: MemberRole | null | undefined) => role === "moderator" || role === "admin";
