import { z } from "zod";
import { memberRoles } from "@/db/schema/member-enums";
import { blankToUndefined } from "@/lib/input-coercion";
import { agsField, page, uuid } from "@/lib/validation";
import { MAX_INVITATIONS_PER_LIST, splitAddressList } from "./rules";
import { TOKEN_PATTERN } from "./tokens";

const anEmail = z.email();

/**
 * The invitation form: a pasted list of addresses, a municipality (AGS from the picker) or a listed
 * organisation (exactly one), and the role. Each address is checked on its own (see
 * sortAddresses); the list as a whole only needs one entry and a sane length.
 */
export const inviteInput = z
  .object({
    emails: z
      .string({ error: "invitations.errors.emailsRequired" })
      .max(20_000, "invitations.errors.tooMany")
      .transform(splitAddressList)
      .pipe(z.array(z.string()).min(1, "invitations.errors.emailsRequired").max(MAX_INVITATIONS_PER_LIST, "invitations.errors.tooMany")),
    municipalityAgs: z.preprocess(blankToUndefined, agsField("errors.agsInvalid").optional()),
    organisationId: z.preprocess(blankToUndefined, uuid("invitations.errors.organisationUnknown").optional()),
    role: z.preprocess(blankToUndefined, z.enum(memberRoles, { error: "errors.roleInvalid" }).default("member")),
  })
  .superRefine((input, ctx) => {
    const named = Number(Boolean(input.municipalityAgs)) + Number(Boolean(input.organisationId));
    if (named !== 1) ctx.addIssue({ code: "custom", path: ["municipalityAgs"], message: "invitations.errors.targetRequired" });
  });
export type InviteInput = z.infer<typeof inviteInput>;

/** Guests for a meetup: only the list (the meetup is the target, the role is member). */
export const guestInviteInput = z.object({
  emails: z
    .string({ error: "invitations.errors.emailsRequired" })
    .max(20_000, "invitations.errors.tooMany")
    .transform(splitAddressList)
    .pipe(z.array(z.string()).min(1, "invitations.errors.emailsRequired").max(MAX_INVITATIONS_PER_LIST, "invitations.errors.tooMany")),
});

/** Valid addresses (at most 254 characters, as for sign-in) and the entries that are none. */
export function sortAddresses(entries: readonly string[]): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) (entry.length <= 254 && anEmail.safeParse(entry).success ? valid : invalid).push(entry);
  return { valid, invalid };
}

export const revokeInput = z.object({
  invitationId: uuid("errors.notFound"),
});

/** The token from the link: anything that cannot be one is simply not found. */
export const tokenInput = z.string().regex(TOKEN_PATTERN, "errors.notFound");

export const acceptInput = z.object({ token: tokenInput });

export const invitationListInput = z.object({ page: page() });
