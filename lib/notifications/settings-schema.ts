import { z } from "zod";
import { mailDeliveries, notificationKinds, type NotificationKind } from "@/db/schema/discussion-enums";

const delivery = z.enum(mailDeliveries, { error: "notificationSettings.errors.deliveryInvalid" });

/** The settings form: one radio group per notification kind, each field named after its kind. */
export const deliverySettingsInput = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>,
);
