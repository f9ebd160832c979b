import { z } from "zod";

export const ags = z.string().regex(/^\d{8}$/, "errors.agsInvalid");

export const profileInput = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(80, "errors.nameTooLong"),
  municipalityAgs: z.string().trim().min(1, "errors.municipalityRequired").pipe(ags),
  roleTitle: z.string().trim().max(120, "errors.roleTitleTooLong").default(""),
});
export type ProfileInput = z.infer<typeof profileInput>;
