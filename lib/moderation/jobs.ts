import "server-only";
import type { Executor } from "@/db/client";
import { enqueueJob } from "@/lib/jobs/queue";

/**
 * Job kind of the mail that tells an author their solution or comment was hidden or restored, and a
 * member that their access was suspended or opened again.
 */
export const MODERATION_MAIL_JOB = "moderation_mail";

const contentTemplates = ["hidden", "restored"] as const;
const memberTemplates = ["suspended", "lifted"] as const;
export type ModerationMailTemplate = (typeof contentTemplates)[number] | (typeof memberTemplates)[number];

/**
 * Ids and the moderator's note (the text the author is to read): the address, language and title
 * are read when the mail goes out.
 */
export type ModerationMailPayload =
  | { template: (typeof contentTemplates)[number]; targetType: "solution" | "comment"; targetId: string; recipientId: string; note: string }
  | { template: (typeof memberTemplates)[number]; targetType: "member"; targetId: string; recipientId: string; note: string };

/** The message key of a mail: `solution_hidden`, `member_suspended`, … */
export type ModerationMailKey = ModerationMailPayload extends infer P
  ? P extends { targetType: infer T extends string; template: infer M extends string }
    ? `${T}_${M}`
    : never
  : never;

export const moderationMailKey = (payload: ModerationMailPayload) => `${payload.targetType}_${payload.template}` as ModerationMailKey;

export function isModerationMailPayload(payload: unknown): payload is ModerationMailPayload {
  const p = payload as Partial<ModerationMailPayload> | null;
  if (typeof p !== "object" || p === null) return false;
  const templateFits =
    p.targetType === "member"
      ? (memberTemplates as readonly string[]).includes(p.template as string)
      : (p.targetType === "solution" || p.targetType === "comment") && (contentTemplates as readonly string[]).includes(p.template as string);
  return (
    templateFits &&
    typeof p.targetId === "string" &&
    typeof p.recipientId === "string" &&
    typeof p.note === "string"
  );
}

/** Enqueue inside the transaction that makes the change, so the mail exists exactly when the change does. */
export function enqueueModerationMail(tx: Executor, payload: ModerationMailPayload) {
  return enqueueJob(tx, { kind: MODERATION_MAIL_JOB, payload });
}
