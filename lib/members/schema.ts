import { z } from "zod";
import { memberRoles } from "@/db/schema/member-enums";
import { memberStatuses } from "@/db/schema/membership-enums";
import { agsField, optional, page, queryText } from "@/lib/validation";

export const profileInput = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(80, "errors.nameTooLong"),
  municipalityAgs: z.string().trim().min(1, "errors.municipalityRequired").pipe(agsField("errors.agsInvalid")),
  roleTitle: z.string().trim().max(120, "errors.roleTitleTooLong").default(""),
});
export type ProfileInput = z.infer<typeof profileInput>;
/** A verified member's profile: their municipality is fixed (a change is a new application on /join). */
export const profileDetailsInput = profileInput.omit({ municipalityAgs: true });
export type ProfileDetailsInput = z.infer<typeof profileDetailsInput>;

export const roleChangeInput = z.object({
  memberId: z.string().trim().min(1, "errors.memberUnknown").max(100, "errors.memberUnknown"),
  role: z.enum(memberRoles, { error: "errors.roleInvalid" }),
});

/** `/admin/members?q=&role=&status=&page=`: name, e-mail or municipality; role; pending/verified/suspended. */
export const memberSearchInput = z.object({
  q: queryText(100),
  role: optional(z.enum(memberRoles, { error: "errors.roleInvalid" })),
  status: optional(z.enum(memberStatuses, { error: "errors.memberStatusInvalid" })),
  page: page(),
});
export type MemberSearch = z.output<typeof memberSearchInput>;
