import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notificationSettings } from "@/db/schema";
import { effectiveDeliveries, type DeliverySettings } from "./settings-rules";

/** A member's e-mail delivery per notification kind, defaults filled in. */
export async function getDeliverySettings(executor: Executor, memberId: string): Promise<DeliverySettings> {
  const rows = await executor
    .select({ kind: notificationSettings.kind, delivery: notificationSettings.delivery })
    .from(notificationSettings)
    .where(eq(notificationSettings.memberId, memberId));
  return effectiveDeliveries(rows);
}
