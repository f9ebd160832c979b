import { z } from "zod";
import { reportTargets } from "@/db/schema/membership-enums";
import { blankToUndefined } from "@/lib/input-coercion";
import { memberId, uuid } from "@/lib/validation";
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH } from "./rules";

export { MAX_NOTE_LENGTH, MAX_REASON_LENGTH };

const text = (required: string, tooLong: string, max: number) =>
  z
    .string({ error: required })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, required).max(max, tooLong));

/** A target id: a solution's or comment's uuid, or a member id; a malformed one reads as not found. */
const targetId = z.string({ error: "errors.notAllowed" }).trim().max(100, "errors.notAllowed");

export const reportInput = z
  .object({
    targetType: z.enum(reportTargets, { error: "errors.notAllowed" }),
    targetId,
    reason: text("moderation.errors.reasonRequired", "moderation.errors.reasonTooLong", MAX_REASON_LENGTH),
  })
  .refine((input) => (input.targetType === "member" ? memberId().safeParse(input.targetId).success : uuid("x").safeParse(input.targetId).success), {
    message: "errors.notAllowed",
    path: ["form"],
  });
export type ReportInput = z.infer<typeof reportInput>;

export const reportDecisions = ["hide", "dismiss"] as const;
export type ReportDecision = (typeof reportDecisions)[number];

/** Hiding tells the author why, so it needs a note; a dismissal may say why for the record. */
export const decisionInput = z
  .object({
    reportId: uuid("errors.notAllowed"),
    decision: z.enum(reportDecisions, { error: "errors.notAllowed" }),
    note: z.preprocess(blankToUndefined, z.string().trim().max(MAX_NOTE_LENGTH, "moderation.errors.noteTooLong").optional()),
  })
  .refine((input) => input.decision !== "hide" || Boolean(input.note), { message: "moderation.errors.noteRequired", path: ["note"] });
export type DecisionInput = z.infer<typeof decisionInput>;

/** Restoring hidden content: which, and the note the author is sent. */
export const restoreInput = z.object({
  targetType: z.enum(["solution", "comment"], { error: "errors.notAllowed" }),
  targetId: uuid("errors.notAllowed"),
  note: text("moderation.errors.noteRequired", "moderation.errors.noteTooLong", MAX_NOTE_LENGTH),
});
export type RestoreInput = z.infer<typeof restoreInput>;

/** Suspending (suspend = "yes") or lifting a suspension, always with a note for the record. */
export const suspensionInput = z.object({
  memberId: memberId("errors.notAllowed"),
  suspend: z.enum(["yes", "no"], { error: "errors.notAllowed" }).transform((value) => value === "yes"),
  note: text("moderation.errors.noteRequired", "moderation.errors.noteTooLong", MAX_NOTE_LENGTH),
});
export type SuspensionInput = z.infer<typeof suspensionInput>;
