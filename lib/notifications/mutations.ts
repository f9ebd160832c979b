import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";

/**
 * Marks the recipient's notifications read: the given ids, or every unread one of a group. Whose
 * they are is part of the UPDATE's WHERE, so someone else's (forged) ids change nothing. Returns how
 * many rows changed.
 */
export async function markNotificationsRead(
  executor: Executor,
  recipientId: string,
  target: { ids: readonly number[] } | { groupKey: string },
): Promise<number> {
  if ("ids" in target && target.ids.length === 0) return 0;
  const rows = await executor
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.recipientId, recipientId),
        isNull(notifications.readAt),
        "ids" in target ? inArray(notifications.id, [...target.ids]) : eq(notifications.groupKey, target.groupKey),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** Marks every unread notification of the recipient read (also those about things they no longer see). */
export async function markAllNotificationsRead(executor: Executor, recipientId: string): Promise<number> {
  const rows = await executor
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
