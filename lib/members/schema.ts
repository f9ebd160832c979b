import { z } from "zod";

export const ags = z.string().regex(/^\d{8}$/, "errors.agsInvalid");

export const profileInput = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(80, "errors.nameTooLong"),
  municipalityAgs: z.string().trim().min(1, "errors.municipalityRequired").pipe(ags),
  roleTitle: z.string().trim().max(120, "errors.roleTitleTooLong").default(""),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const roleChangeInput = z.object({
  memberId: z.string().trim().min(1, "errors.memberUnknown").max(100, "errors.memberUnknown"),
  role: z.enum(["member", "organiser", "moderator", "admin"], { error: "errors.roleInvalid" }),
});

export const memberSearchInput = z.object({
  q: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(100, "errors.queryTooLong").optional()),
  page: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), z.coerce.number({ error: "errors.pageInvalid" }).int("errors.pageInvalid").min(1, "errors.pageInvalid")),
});
