// Plain value lists, free of Drizzle imports, so client components can use them too.
export const memberRoles = ["member", "organiser", "moderator", "admin"] as const;
export type MemberRole = (typeof memberRoles)[number];
