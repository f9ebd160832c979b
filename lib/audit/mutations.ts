import "server-only";
import { auditLog } from "@/db/schema";
import type { AuditAction } from "@/db/schema/membership-enums";
import type { Executor } from "@/db/client";

export type AuditEntryInput = {
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  subjectMemberId?: string | null;
  // Ids and values (roles, statuses, counts): never names or e-mail addresses.
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
};

/**
 * Records a privileged action. Pass the transaction of the write it describes, so that the entry
 * exists exactly when the change does.
 */
export async function recordAudit(tx: Executor, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    subjectMemberId: entry.subjectMemberId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}
