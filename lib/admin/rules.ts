import type { MemberRole } from "@/db/schema/member-enums";

/**
 * The pages of the administration area and the roles that use them, for the navigation only: each
 * page and each action checks its own permission on the server (the navigation hides nothing that
 * matters). Order: what a moderator works on daily first.
 */
export const adminPages = [
  { key: "applications", href: "/admin/applications", roles: ["moderator", "admin"] },
  { key: "reports", href: "/admin/reports", roles: ["moderator", "admin"] },
  { key: "invitations", href: "/admin/invitations", roles: ["organiser", "moderator", "admin"] },
  { key: "domains", href: "/admin/domains", roles: ["moderator", "admin"] },
  { key: "members", href: "/admin/members", roles: ["moderator", "admin"] },
  { key: "audit", href: "/admin/audit", roles: ["admin"] },
  { key: "search", href: "/admin/search", roles: ["admin"] },
] as const satisfies readonly { key: string; href: string; roles: readonly MemberRole[] }[];

export type AdminPage = (typeof adminPages)[number];

/** The administration pages a member with this role uses (none for a plain member). */
export function adminPagesFor(role: MemberRole): AdminPage[] {
  return adminPages.filter((page) => (page.roles as readonly MemberRole[]).includes(role));
}
