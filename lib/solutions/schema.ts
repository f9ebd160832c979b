import { z } from "zod";
import { blankToUndefined, toBoolean, toList } from "@/lib/input-coercion";
import { reuseStatuses, solutionLinkKinds, solutionStatuses } from "@/db/schema/solutions";
import { optionalText, pageParams } from "@/lib/pagination";

const optionalString = (max: number, message: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional());

const optionalInt = (max: number, message: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: message }).int(message).min(0, message).max(max, message).optional(),
  );

// Only http(s) with a real host name: no javascript:, data: or intranet-only links on a public page.
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "errors.solutions.urlInvalid" }).max(2000, "errors.solutions.urlInvalid");

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const solutionSlug = z.string().max(120, "errors.solutions.slugInvalid").regex(slugPattern, "errors.solutions.slugInvalid");

export const MAX_BODY_LENGTH = 100_000;
const MAX_COST = 100_000_000;

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
        .array(z.coerce.number({ error: "errors.solutions.serviceInvalid" }).int("errors.solutions.serviceInvalid").positive("errors.solutions.serviceInvalid"), {
          error: "errors.solutions.serviceRequired",
        })
        .min(1, "errors.solutions.serviceRequired")
        .max(10, "errors.solutions.tooManyServices")
        .transform((ids) => [...new Set(ids)]),
    ),
    municipalityAgs: z.preprocess(
      blankToUndefined,
      z.string({ error: "errors.solutions.municipalityRequired" }).trim().regex(/^\d{8}$/, "errors.solutions.municipalityInvalid"),
    ),
    status: z.enum(solutionStatuses, { error: "errors.solutions.statusRequired" }),
    goLiveDate: z.preprocess(blankToUndefined, z.iso.date({ error: "errors.solutions.goLiveDateInvalid" }).optional()),
    maturity: z.preprocess(
      blankToUndefined,
      z
        .custom((value) => value !== undefined, "errors.solutions.maturityRequired")
        .pipe(z.coerce.number({ error: "errors.solutions.maturityRange" }).int("errors.solutions.maturityRange").min(0, "errors.solutions.maturityRange").max(4, "errors.solutions.maturityRange")),
    ),
    software: optionalString(200, "errors.solutions.softwareTooLong"),
    vendor: optionalString(200, "errors.solutions.vendorTooLong"),
    isOpenSource: z.preprocess(toBoolean, z.boolean({ error: "errors.solutions.openSourceInvalid" }).default(false)),
    repositoryUrl: z.preprocess(blankToUndefined, z.string().trim().pipe(webUrl).optional()),
    costOneOffMin: optionalInt(MAX_COST, "errors.solutions.costInvalid"),
    costOneOffMax: optionalInt(MAX_COST, "errors.solutions.costInvalid"),
    costYearlyMin: optionalInt(MAX_COST, "errors.solutions.costInvalid"),
    costYearlyMax: optionalInt(MAX_COST, "errors.solutions.costInvalid"),
    effortPersonDays: optionalInt(100_000, "errors.solutions.effortInvalid"),
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
    basedOnSlug: z.preprocess(blankToUndefined, z.string().trim().max(120, "errors.solutions.basedOnInvalid").regex(slugPattern, "errors.solutions.basedOnInvalid").optional()),
    expectedVersion: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: "errors.solutions.versionInvalid" }).int("errors.solutions.versionInvalid").positive("errors.solutions.versionInvalid").optional(),
    ),
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
export const memberId = z.uuid({ error: "errors.memberUnknown" });

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

/**
 * How many of the newest matches a search by relevance ranks, and how far its `total` is exact (see
 * relevancePage in search.ts). Ranking costs about 15–30 µs per candidate on a server (ts_rank_cd
 * and the title test each decompress the row's search_vector, ~1.4 KB), so the window is what keeps a
 * search for a common word bounded.
 */
export const RANKED_CANDIDATES = 200;

export const solutionSorts = ["relevance", "newest", "reused"] as const;
export type SolutionSort = (typeof solutionSorts)[number];

export const solutionSearchInput = z.object({
  q: optionalText(200),
  themenfeld: z.preprocess(blankToUndefined, z.coerce.number({ error: "errors.themenfeldInvalid" }).int("errors.themenfeldInvalid").positive("errors.themenfeldInvalid").optional()),
  service: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "errors.serviceIdInvalid" }).int("errors.serviceIdInvalid").min(1, "errors.serviceIdInvalid").max(99_999, "errors.serviceIdInvalid").optional(),
  ),
  state: z.preprocess(blankToUndefined, z.string().regex(/^\d{2}$/, "errors.stateInvalid").optional()),
  district: z.preprocess(blankToUndefined, z.string().regex(/^\d{5}$/, "errors.districtInvalid").optional()),
  ags: z.preprocess(blankToUndefined, z.string().regex(/^\d{8}$/, "errors.agsInvalid").optional()),
  size: z.preprocess(blankToUndefined, z.enum(sizeBandKeys, { error: "errors.solutions.sizeInvalid" }).optional()),
  maturity: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "errors.solutions.maturityInvalid" }).int("errors.solutions.maturityInvalid").min(0, "errors.solutions.maturityInvalid").max(4, "errors.solutions.maturityInvalid").optional(),
  ),
  status: z.preprocess(blankToUndefined, z.enum(solutionStatuses, { error: "errors.solutions.statusInvalid" }).optional()),
  software: optionalText(200),
  openSource: z.preprocess(toBoolean, z.boolean({ error: "errors.solutions.openSourceInvalid" }).optional()),
  // Without a choice: by relevance when there is a query, otherwise newest first.
  sort: z.preprocess(blankToUndefined, z.enum(solutionSorts, { error: "errors.solutions.sortInvalid" }).optional()),
  ...pageParams,
});
export type SolutionSearch = z.infer<typeof solutionSearchInput>;
