import { z } from "zod";
import { agsField, uuid } from "@/lib/validation";

// Labels of letters, digits and inner hyphens, at least one dot, a top-level label of letters:
// "fellbach.de", "rathaus.stadt-x.de". Typed without "@"; lower-cased before it is checked.
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The e-mail domain as the allowlist stores it, or the message key for what is wrong with it. */
export const membershipDomain = (message = "joinAdmin.errors.domainInvalid") =>
  z
    .string({ error: message })
    .trim()
    .toLowerCase()
    .refine((v) => !v.includes("@"), "joinAdmin.errors.domainWithAt")
    .refine((v) => DOMAIN_PATTERN.test(v), message);

export { domainBodies } from "./rules";

export const domainInput = z.discriminatedUnion(
  "body",
  [
    z.object({
      body: z.literal("municipality"),
      domain: membershipDomain(),
      municipalityAgs: z.string({ error: "joinAdmin.errors.municipalityRequired" }).trim().min(1, "joinAdmin.errors.municipalityRequired").pipe(agsField("errors.agsInvalid")),
    }),
    z.object({
      body: z.literal("organisation"),
      domain: membershipDomain(),
      organisationId: z.string({ error: "joinAdmin.errors.organisationRequired" }).trim().min(1, "joinAdmin.errors.organisationRequired").pipe(uuid("joinAdmin.errors.organisationRequired")),
    }),
  ],
  { error: "joinAdmin.errors.bodyRequired" },
);
export type DomainInput = z.infer<typeof domainInput>;

export const domainRemoveInput = z.object({ domain: membershipDomain() });
