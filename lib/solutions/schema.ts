import { z } from "zod";
import { toBoolean, toList } from "@/lib/input-coercion";
import { reuseStatuses, solutionLinkKinds, solutionStatuses } from "@/db/schema/solution-enums";
import { defaultMembersOnlyFieldGroups, membersOnlyFieldGroups, solutionVisibilities } from "@/db/schema/membership-enums";
import {
  agsField,
  blankToUndefined,
  districtCode,
  effortDays,
  money,
  optional,
  optionalText as optionalString,
  pageParams,
  queryText,
  serviceId,
  slug,
  stateCode,
  ags,
  themenfeldId,
  uuid,
  webUrl as webUrlRule,
  wholeNumber,
  PG_INT_MAX,
} from "@/lib/validation";

const webUrl = webUrlRule("errors.solutions.urlInvalid");

export const solutionSlug = slug("errors.solutions.slugInvalid");

export const MAX_BODY_LENGTH = 100_000;

/** The solution form's textareas: tab and line breaks are text there (lib/forms.ts parseForm). */
export const SOLUTION_MULTI_LINE_FIELDS = ["summary", "body", "lessonsLearned"] as const;

const linkInput = z.object({
  kind: z.enum(solutionLinkKinds, { error: "errors.solutions.linkKindInvalid" }),
  url: z.string().trim().pipe(webUrl),
  label: optionalString(120, "errors.solutions.linkLabelTooLong"),
});

export const solutionInput = z
  .object({
    title: z.string({ error: "errors.solutions.titleTooShort" }).trim().min(5, "errors.solutions.titleTooShort").max(160, "errors.solutions.titleTooLong"),
    summary: z.string({ error: "errors.solutions.summaryRequired" }).trim().min(1, "errors.solutions.summaryRequired").max(500, "errors.solutions.summaryTooLong"),
    body: z.string().max(MAX_BODY_LENGTH, "errors.solutions.bodyTooLong").default(""),
    serviceIds: z.preprocess(
      toList,
      z
        .array(serviceId("errors.solutions.serviceInvalid"), {
          error: "errors.solutions.serviceRequired",
        })
        .min(1, "errors.solutions.serviceRequired")
        .max(10, "errors.solutions.tooManyServices")
        .transform((ids) => [...new Set(ids)]),
    ),
    municipalityAgs: z.preprocess(blankToUndefined, z.string({ error: "errors.solutions.municipalityRequired" }).pipe(agsField("errors.solutions.municipalityInvalid"))),
    status: z.enum(solutionStatuses, { error: "errors.solutions.statusRequired" }),
    goLiveDate: z.preprocess(blankToUndefined, z.iso.date({ error: "errors.solutions.goLiveDateInvalid" }).optional()),
    maturity: z.preprocess(
      blankToUndefined,
      z.custom((value) => value !== undefined, "errors.solutions.maturityRequired").pipe(wholeNumber(0, 4, "errors.solutions.maturityRange")),
    ),
    software: optionalString(200, "errors.solutions.softwareTooLong"),
    vendor: optionalString(200, "errors.solutions.vendorTooLong"),
    isOpenSource: z.preprocess(toBoolean, z.boolean({ error: "errors.solutions.openSourceInvalid" }).default(false)),
    repositoryUrl: z.preprocess(blankToUndefined, z.string().trim().pipe(webUrl).optional()),
    // German input: "2.000" is two thousand euros, "1.500,50" is refused (whole euros only).
    costOneOffMin: money("errors.solutions.costInvalid"),
    costOneOffMax: money("errors.solutions.costInvalid"),
    costYearlyMin: money("errors.solutions.costInvalid"),
    costYearlyMax: money("errors.solutions.costInvalid"),
    effortPersonDays: effortDays("errors.solutions.effortInvalid"),
    lessonsLearned: optionalString(20_000, "errors.solutions.lessonsTooLong"),
    contactName: optionalString(120, "errors.solutions.contactNameTooLong"),
    contactEmail: z.preprocess(blankToUndefined, z.string().trim().pipe(z.email({ error: "errors.solutions.contactEmailInvalid" })).optional()),
    contactPhone: z.preprocess(blankToUndefined, z.string().trim().regex(/^\+?[0-9 ()/-]{3,40}$/, "errors.solutions.contactPhoneInvalid").optional()),
    // Empty rows of a repeated link fieldset are not an error, just nothing.
    links: z.preprocess(
      (value) => (Array.isArray(value) ? value.filter((l) => !(l && typeof l === "object" && !blankToUndefined((l as { url?: unknown }).url) && !blankToUndefined((l as { label?: unknown }).label))) : toList(value)),
      z.array(linkInput, { error: "errors.solutions.linkInvalid" }).max(10, "errors.solutions.tooManyLinks"),
    ),
    tags: z.preprocess(
      toList,
      z
        .array(z.string({ error: "errors.solutions.tagInvalid" }).trim().min(2, "errors.solutions.tagInvalid").max(40, "errors.solutions.tagInvalid"), { error: "errors.solutions.tagInvalid" })
        .max(10, "errors.solutions.tooManyTags")
        // "eAkte" and "EAkte" are one tag; the first spelling wins.
        .transform((tags) => tags.filter((tag, i) => tags.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i)),
    ),
    // Who sees it (lib/visibility): without a choice it stays as the database default, public, with
    // the contact kept to members.
    visibility: z.preprocess(blankToUndefined, z.enum(solutionVisibilities, { error: "visibility.form.errors.invalid" }).default("public")),
    membersOnlyFields: z.preprocess(
      (value) => (value === undefined ? undefined : toList(value)),
      z
        .array(z.enum(membersOnlyFieldGroups, { error: "visibility.form.errors.membersOnlyInvalid" }), { error: "visibility.form.errors.membersOnlyInvalid" })
        .transform((groups) => membersOnlyFieldGroups.filter((group) => groups.includes(group)))
        .default(() => [...defaultMembersOnlyFieldGroups]),
    ),
    basedOnSlug: optional(z.string().trim().pipe(slug("errors.solutions.basedOnInvalid"))),
    expectedVersion: optional(wholeNumber(1, PG_INT_MAX, "errors.solutions.versionInvalid")),
    intent: z.preprocess(blankToUndefined, z.enum(["draft", "publish"], { error: "errors.solutions.intentInvalid" }).default("draft")),
  })
  // Runs alongside length errors; zod skips it only while a field is not even a number.
  .superRefine((value, ctx) => {
    const ranges = [
      ["costOneOffMin", "costOneOffMax"],
      ["costYearlyMin", "costYearlyMax"],
    ] as const;
    for (const [min, max] of ranges) {
      const low = value[min];
      const high = value[max];
      if (low !== undefined && high !== undefined && low > high) {
        ctx.addIssue({ code: "custom", path: [max], message: "errors.solutions.costRangeInvalid" });
      }
    }
  });
export type SolutionInput = z.infer<typeof solutionInput>;

export const reuseStatusInput = z.enum(reuseStatuses, { error: "errors.solutions.reuseStatusInvalid" });

/** A member id as a form sends it (Auth.js user ids are UUIDs). */
export const memberId = uuid("errors.memberUnknown");

// Population bands as offered in the filter; upper bounds are exclusive.
export const sizeBands = {
  lt5k: { min: 0, max: 5_000 },
  "5k-20k": { min: 5_000, max: 20_000 },
  "20k-50k": { min: 20_000, max: 50_000 },
  "50k-100k": { min: 50_000, max: 100_000 },
  gt100k: { min: 100_000, max: null },
} as const;
export type SizeBand = keyof typeof sizeBands;
const sizeBandKeys = Object.keys(sizeBands) as [SizeBand, ...SizeBand[]];
const sizeBandDescription = Object.entries(sizeBands)
  .map(([key, band]) => `${key}: ${band.min.toLocaleString("en")}${band.max === null ? " and more" : `–${(band.max - 1).toLocaleString("en")}`}`)
  .join("; ");

/**
 * How many of the newest matches a search by relevance ranks, and how far its `total` is exact (see
 * relevancePage in search.ts). Ranking costs about 15–30 µs per candidate on a server (ts_rank_cd
 * and the title test each decompress the row's search_vector, ~1.4 KB), so the window is what keeps a
 * search for a common word bounded.
 */
export const RANKED_CANDIDATES = 200;

export const solutionSorts = ["relevance", "newest", "reused", "helpful"] as const;
export type SolutionSort = (typeof solutionSorts)[number];

/** The catalogue's "Fragen" filter: solutions with an open (unanswered) or an answered question. */
export const questionFilters = ["open", "answered"] as const;

export const solutionSearchInput = z.object({
  q: queryText(200).meta({
    description: "German full text over title, summary, body, lessons learned and software (stemmed: \"Anträge\" finds \"Antrag\"), typo tolerant on titles and municipality names.",
  }),
  themenfeld: optional(themenfeldId()).meta({ description: "Themenfeld id: solutions offering at least one service of it." }),
  service: optional(serviceId()).meta({ description: "OZG-ID of a service the solution offers." }),
  state: optional(stateCode()).meta({ description: "Two-digit state code of the solution's municipality." }),
  district: optional(districtCode()).meta({ description: "Five-digit district code of the solution's municipality." }),
  ags: optional(ags()).meta({ description: "AGS of the municipality that published the solution." }),
  size: optional(z.enum(sizeBandKeys, { error: "errors.solutions.sizeInvalid" })).meta({ description: `Population band of the solution's municipality (${sizeBandDescription}).` }),
  maturity: optional(wholeNumber(0, 4, "errors.solutions.maturityInvalid")).meta({ description: "Exact maturity level, 0 to 4." }),
  status: optional(z.enum(solutionStatuses, { error: "errors.solutions.statusInvalid" })),
  software: queryText(200).meta({ description: "Substring of the software or vendor name, case-insensitive." }),
  openSource: z.preprocess(toBoolean, z.boolean({ error: "errors.solutions.openSourceInvalid" }).optional()).meta({ description: "true/false (also 1/0)." }),
  // Without a choice: by relevance when there is a query, otherwise newest first.
  questions: optional(z.enum(questionFilters, { error: "errors.solutions.questionsInvalid" })).meta({
    description: "open: solutions with at least one unanswered question to their authors; answered: with at least one answered question.",
  }),
  exact: z.preprocess(toBoolean, z.boolean({ error: "search.errors.exactInvalid" }).optional()).meta({
    description: "true: the words of q as typed, without synonyms, compound splitting or typo correction.",
  }),
  sort: optional(z.enum(solutionSorts, { error: "errors.solutions.sortInvalid" })).meta({ description: "Without it: by relevance when q is given, otherwise newest first. helpful: most \"Hilfreich\" reactions first, then newest." }),
  ...pageParams,
});
export type SolutionSearch = z.infer<typeof solutionSearchInput>;
