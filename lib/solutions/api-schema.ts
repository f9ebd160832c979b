import { z } from "zod";
import { reuseStatuses, solutionLinkKinds, solutionStatuses } from "@/db/schema/solution-enums";
import { isoDateTime, listEnvelope, municipalityRef } from "@/lib/api/schemas";
import { slug } from "@/lib/validation";
import { membersOnlyFieldGroups } from "@/db/schema/membership-enums";
import { RANKED_CANDIDATES } from "./schema";

/**
 * The public JSON shapes of the solutions API. Callers are anonymous, so these leave out what only
 * members see: user ids, the contact's e-mail and phone (GDPR), which member marked a reuse, and
 * viewer flags such as canEdit.
 */
export const solutionListItem = z.object({
  slug: slug(),
  title: z.string(),
  summary: z.string(),
  municipality: municipalityRef,
  services: z.array(z.object({ id: z.number().int().meta({ description: "OZG-ID" }), name: z.string() })).meta({
    description: "OZG services in the order given; the first is the main one.",
  }),
  themenfeld: z.object({ id: z.number().int(), name: z.string() }).nullable().meta({ description: "Themenfeld of the main service." }),
  maturity: z.number().int().min(0).max(4),
  status: z.enum(solutionStatuses),
  reuseCount: z.number().int().meta({ description: "Municipalities that reuse or consider reusing it." }),
  helpfulCount: z.number().int().meta({ description: "Members who marked it \"Hilfreich\" (helpful); sort=helpful orders by it." }),
  updatedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
});
export type SolutionListItemDto = z.infer<typeof solutionListItem>;

export const solutionList = listEnvelope(solutionListItem).extend({
  total: z.number().int().meta({
    description: `Number of matches over all pages; a lower bound when \`totalCapped\` is true (then it is ${RANKED_CANDIDATES}).`,
  }),
  totalCapped: z.boolean().meta({
    description: `True when a search by relevance found more than ${RANKED_CANDIDATES} matches: only the newest ${RANKED_CANDIDATES} are ranked and counted, so \`total\` is a lower bound. The older matches follow, newest first, on later pages; page on while pages come back full.`,
  }),
});
export type SolutionListDto = z.infer<typeof solutionList>;

const wholeEuros = (description: string) => z.number().int().nullable().meta({ description });

export const solutionDetail = z
  .object({
    slug: slug(),
    title: z.string(),
    summary: z.string(),
    body: z.object({
      markdown: z.string().meta({ description: "Source as written by the members." }),
      html: z.string().meta({ description: "Rendered and sanitised (no raw HTML, scripts or images; http(s) and mailto links only)." }),
    }),
    municipality: municipalityRef.extend({
      fullName: z.string().meta({ description: 'Official name, e.g. "Fellbach, Stadt".' }),
      stateName: z.string(),
    }),
    services: z.array(z.object({ id: z.number().int(), name: z.string(), themenfeldId: z.number().int(), themenfeld: z.string() })),
    status: z.enum(solutionStatuses),
    goLiveDate: z.iso.date().nullable(),
    maturity: z.number().int().min(0).max(4),
    software: z.string().nullable(),
    vendor: z.string().nullable(),
    isOpenSource: z.boolean(),
    repositoryUrl: z.string().nullable(),
    costOneOffMin: wholeEuros("Whole euros."),
    costOneOffMax: wholeEuros("Whole euros."),
    costYearlyMin: wholeEuros("Whole euros per year."),
    costYearlyMax: wholeEuros("Whole euros per year."),
    effortPersonDays: z.number().int().nullable(),
    lessonsLearned: z.string().nullable(),
    contactName: z.string().nullable(),
    membersOnly: z.array(z.enum(membersOnlyFieldGroups)).meta({
      description: "Field groups the authors keep to verified members; their fields are null here (costs: the four cost fields, effort: effortPersonDays, vendor: vendor, contact: contactName).",
    }),
    author: z.object({ name: z.string().nullable() }),
    coauthors: z.array(z.object({ name: z.string().nullable() })),
    tags: z.array(z.string()),
    links: z.array(z.object({ kind: z.enum(solutionLinkKinds), url: z.string(), label: z.string().nullable() })),
    basedOn: z
      .object({ slug: slug(), title: z.string(), municipalityName: z.string() })
      .nullable()
      .meta({ description: "The published solution this one was adapted from." }),
    reuseCount: z.number().int(),
    helpfulCount: z.number().int().meta({ description: "Members who marked it \"Hilfreich\" (helpful)." }),
    reuses: z.array(z.object({ municipality: municipalityRef, status: z.enum(reuseStatuses) })),
    derived: z.array(solutionListItem).meta({ description: "Published solutions based on this one." }),
    version: z.number().int().meta({ description: "Increases with every published edit." }),
    confirmedAt: isoDateTime.nullable().meta({ description: "When an author last confirmed that the description is still current." }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    publishedAt: isoDateTime.nullable(),
  })
  .meta({ description: "Contact e-mail and phone number are not part of the public API." });
export type SolutionDetailDto = z.infer<typeof solutionDetail>;
