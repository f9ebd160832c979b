import { z } from "zod";
import { organisationKinds } from "@/db/schema/membership-enums";
import { agsField, districtCode, optional, stateCode, uuid } from "@/lib/validation";

export { applicationBodies, type ApplicationBody } from "./rules";

const roleTitle = z.string({ error: "join.errors.roleTitleRequired" }).trim().min(2, "join.errors.roleTitleRequired").max(120, "join.errors.roleTitleTooLong");
const reason = z.string({ error: "join.errors.reasonRequired" }).trim().min(10, "join.errors.reasonTooShort").max(2000, "join.errors.reasonTooLong");

/** The application form of /join; the field `body` says which of the three parts counts. */
export const applicationInput = z.discriminatedUnion(
  "body",
  [
    z.object({
      body: z.literal("municipality"),
      municipalityAgs: z.string({ error: "join.errors.municipalityRequired" }).trim().min(1, "join.errors.municipalityRequired").pipe(agsField("errors.agsInvalid")),
      roleTitle,
      reason,
    }),
    z.object({
      body: z.literal("organisation"),
      organisationId: z.string({ error: "join.errors.organisationRequired" }).trim().min(1, "join.errors.organisationRequired").pipe(uuid("join.errors.organisationUnknown")),
      roleTitle,
      reason,
    }),
    z.object({
      body: z.literal("newOrganisation"),
      organisationName: z.string({ error: "join.errors.organisationNameRequired" }).trim().min(2, "join.errors.organisationNameRequired").max(160, "join.errors.organisationNameTooLong"),
      organisationStateCode: z.string({ error: "join.errors.stateRequired" }).trim().min(1, "join.errors.stateRequired").pipe(stateCode("join.errors.stateRequired")),
      roleTitle,
      reason,
    }),
  ],
  { error: "join.errors.bodyRequired" },
);
export type ApplicationInput = z.infer<typeof applicationInput>;

export const applicationIdInput = z.object({
  applicationId: uuid("join.errors.applicationUnknown"),
});

/**
 * A moderator's decision. A rejection needs a reason (the applicant is told it). An application
 * for an organisation that is not listed yet creates it on approval: its kind (and district) is the
 * moderator's to set, as the application only names it and its state.
 */
export const decisionInput = z
  .object({
    applicationId: uuid("join.errors.applicationUnknown"),
    decision: z.enum(["approve", "reject"], { error: "join.errors.decisionInvalid" }),
    reason: optional(z.string().trim().max(2000, "join.errors.reasonTooLong")),
    organisationKind: optional(z.enum(organisationKinds, { error: "joinAdmin.errors.kindRequired" })),
    districtCode: optional(districtCode("joinAdmin.errors.districtInvalid")),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "joinAdmin.errors.rejectionReasonRequired" });
  });
export type DecisionInput = z.infer<typeof decisionInput>;
