import "server-only";
import { cache } from "react";
import { db } from "@/db/client";
import { countUnread, countVisibleNotifications, listVisibleNotifications, type VisibleNotification } from "./queries";
import { groupNotifications } from "./rules";

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The header's badge: one count per request, however many components ask. */
export const getUnreadCount = cache((memberId: string) => countUnread(db, memberId));

export async function loadNotificationsPage(memberId: string, page: number) {
  const [rows, total] = await Promise.all([
    listVisibleNotifications(db, { recipientId: memberId, limit: NOTIFICATIONS_PAGE_SIZE, offset: (page - 1) * NOTIFICATIONS_PAGE_SIZE }),
    countVisibleNotifications(db, memberId),
  ]);
  return { entries: groupNotifications(rows), total, pageSize: NOTIFICATIONS_PAGE_SIZE };
}

export type { VisibleNotification };
