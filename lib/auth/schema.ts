import { z } from "zod";
import { sameOriginPath } from "./return-urls";

/** Only paths on this site: anything else would make the sign-in an open redirect. */
export const safeReturnPath = z
  .string()
  .optional()
  .transform(sameOriginPath);

export const signInInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, "errors.emailRequired")
    .max(254, "errors.emailInvalid")
    .pipe(z.email("errors.emailInvalid")),
  callbackUrl: safeReturnPath,
});

export const oidcSignInInput = z.object({ callbackUrl: safeReturnPath });
