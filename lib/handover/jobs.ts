import "server-only";
import type { Executor } from "@/db/client";
import { enqueueJob } from "@/lib/jobs/queue";

/** Job kind of the two mails of a handover: to the member who left and to their successor. */
export const HANDOVER_MAIL_JOB = "handover_mail";

/** What moved, as counts. */
export type HandoverCounts = {
  solutions: number;
  coauthorships: number;
  meetups: number;
  contacts: number;
};

/** Ids and counts only: names, addresses and the language are read when the mail goes out. */
export type HandoverMailPayload = {
  role: "leaver" | "successor";
  recipientId: string;
  otherId: string;
  counts: HandoverCounts;
};

const countKeys = ["solutions", "coauthorships", "meetups", "contacts"] as const;

export function isHandoverMailPayload(payload: unknown): payload is HandoverMailPayload {
  const p = payload as Partial<HandoverMailPayload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    (p.role === "leaver" || p.role === "successor") &&
    typeof p.recipientId === "string" &&
    typeof p.otherId === "string" &&
    typeof p.counts === "object" &&
    p.counts !== null &&
    countKeys.every((key) => Number.isInteger((p.counts as Record<string, unknown>)[key]))
  );
}

/** Enqueue inside the handover's transaction, so both mails exist exactly when the handover does. */
export async function enqueueHandoverMails(tx: Executor, { fromId, toId, counts }: { fromId: string; toId: string; counts: HandoverCounts }) {
  await enqueueJob(tx, { kind: HANDOVER_MAIL_JOB, payload: { role: "leaver", recipientId: fromId, otherId: toId, counts } });
  await enqueueJob(tx, { kind: HANDOVER_MAIL_JOB, payload: { role: "successor", recipientId: toId, otherId: fromId, counts } });
}
