import type { VisibleNotification } from "./queries";

/** One line of /notifications: a notification, or several unread ones of the same group folded. */
export type NotificationEntry = {
  /** The newest notification of the entry (its subject, link and time stand for all). */
  latest: VisibleNotification;
  /** How many are folded into this entry (1 for a single notification). */
  count: number;
  unread: boolean;
};

/**
 * Folds unread notifications that share a group key ("3 neue Kommentare zu …") into the place of
 * the newest of them; read ones stay single lines. Expects the rows newest first.
 */
export function groupNotifications(rows: readonly VisibleNotification[]): NotificationEntry[] {
  const entries: NotificationEntry[] = [];
  const byGroup = new Map<string, NotificationEntry>();
  for (const row of rows) {
    if (row.readAt !== null) {
      entries.push({ latest: row, count: 1, unread: false });
      continue;
    }
    const existing = byGroup.get(row.groupKey);
    if (existing) {
      existing.count += 1;
      continue;
    }
    const entry = { latest: row, count: 1, unread: true };
    byGroup.set(row.groupKey, entry);
    entries.push(entry);
  }
  return entries;
}
