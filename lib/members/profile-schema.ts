import { z } from "zod";
import { districtCode, optional, optionalText, page, queryText, serviceId, stateCode, themenfeldId } from "@/lib/validation";

export const MAX_BIO_LENGTH = 1000;
export const MAX_SOFTWARE_ITEMS = 10;
export const MAX_SOFTWARE_LENGTH = 80;
export const MAX_EXPERTISE_SERVICES = 30;

/** Phone numbers as people write them: digits, spaces, "+", "/", "-", "(", ")" and a few letters for extensions. */
const PHONE_PATTERN = /^\+?[0-9 ()/\-–.]{3,40}$/;

/**
 * Software and Fachverfahren, one per line in the form: trimmed, blank lines dropped, duplicates
 * (ignoring case) kept once, at most ten of at most 80 characters each.
 */
const softwareList = z
  .string()
  .default("")
  .transform((text) => {
    const seen = new Set<string>();
    const items: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      const item = line.trim().replace(/\s+/g, " ");
      if (item && !seen.has(item.toLocaleLowerCase("de"))) {
        seen.add(item.toLocaleLowerCase("de"));
        items.push(item);
      }
    }
    return items;
  })
  .pipe(
    z
      .array(z.string().max(MAX_SOFTWARE_LENGTH, "errors.profile.softwareTooLong"))
      .max(MAX_SOFTWARE_ITEMS, "errors.profile.softwareTooMany"),
  );

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
const checkbox = z.preprocess((value) => value === "on" || value === true, z.boolean());

/** The profile details on /settings/profile (name, role title and municipality stay on the onboarding form). */
export const profileDetailsExtraInput = z.object({
  bio: optionalText(MAX_BIO_LENGTH, "errors.profile.bioTooLong"),
  phone: optional(z.string().trim().regex(PHONE_PATTERN, "errors.profile.phoneInvalid")),
  showEmail: checkbox,
  showPhone: checkbox,
  software: softwareList,
  themenfeldIds: z.array(themenfeldId()).max(50, "errors.themenfeldInvalid").default([]),
  serviceIds: z.array(serviceId()).max(MAX_EXPERTISE_SERVICES, "errors.profile.servicesTooMany").default([]),
});
export type ProfileDetailsExtraInput = z.infer<typeof profileDetailsExtraInput>;

/** The members directory's query parameters (/members): every filter optional, all in the URL. */
export const directorySearchInput = z.object({
  q: queryText(100),
  software: queryText(MAX_SOFTWARE_LENGTH),
  service: optional(serviceId()),
  themenfeld: optional(themenfeldId()),
  state: optional(stateCode()),
  district: optional(districtCode()),
  municipality: queryText(100),
  page: page(),
});
export type DirectorySearch = z.infer<typeof directorySearchInput>;
