import "server-only";
import type { Executor } from "@/db/client";
import { enqueueJob } from "@/lib/jobs/queue";

/** Job kind of the mail that tells an author their solution or comment was hidden or restored. */
export const MODERATION_MAIL_JOB = "moderation_mail";

export const moderationMailTemplates = ["hidden", "restored"] as const;
export type ModerationMailTemplate = (typeof moderationMailTemplates)[number];

/**
 * Ids and the moderator's note (the text the author is to read): the address, language and title
 * are read when the mail goes out.
 */
export type ModerationMailPayload = {
  template: ModerationMailTemplate;
  targetType: "solution" | "comment";
  targetId: string;
  recipientId: string;
  note: string;
};

export function isModerationMailPayload(payload: unknown): payload is ModerationMailPayload {
  const p = payload as Partial<ModerationMailPayload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    moderationMailTemplates.includes(p.template as ModerationMailTemplate) &&
    (p.targetType === "solution" || p.targetType === "comment") &&
    typeof p.targetId === "string" &&
    typeof p.recipientId === "string" &&
    typeof p.note === "string"
  );
}

/** Enqueue inside the transaction that hides or restores, so the mail exists exactly when the change does. */
export function enqueueModerationMail(tx: Executor, payload: ModerationMailPayload) {
  return enqueueJob(tx, { kind: MODERATION_MAIL_JOB, payload });
}
