import { notificationKinds, type MailDelivery, type NotificationKind } from "@/db/schema/discussion-enums";

/** The settings page (members only). */
export const SETTINGS_PATH = "/settings/notifications";

export type DeliverySettings = Record<NotificationKind, MailDelivery>;

/**
 * The e-mail delivery of each kind for a member who never chose: what is addressed to the member
 * personally (a reply, a mention, a question to them, the answer to their question, the reminder of
 * an open question) comes at once; news about what they follow or about their solutions' reuse
 * comes in the daily digest. The one place these defaults live (settings page, mailer, digests).
 */
export const DEFAULT_DELIVERIES: DeliverySettings = {
  reply: "immediately",
  mention: "immediately",
  question: "immediately",
  answer: "immediately",
  question_reminder: "immediately",
  comment: "daily",
  new_solution: "daily",
  reuse: "daily",
  derived: "daily",
};

/** The order of the settings page: what concerns the member personally first. */
export const SETTINGS_ORDER: readonly NotificationKind[] = ["reply", "mention", "question", "answer", "question_reminder", "comment", "new_solution", "reuse", "derived"];

/** The stored choices over the defaults (a missing row means the default). */
export function effectiveDeliveries(rows: readonly { kind: NotificationKind; delivery: MailDelivery }[]): DeliverySettings {
  const settings = { ...DEFAULT_DELIVERIES };
  for (const row of rows) settings[row.kind] = row.delivery;
  return settings;
}

export const isNotificationKind = (value: unknown): value is NotificationKind => notificationKinds.includes(value as NotificationKind);

/** The digests a member can get: the deliveries that are periods. */
export const digestPeriods = ["daily", "weekly"] as const;
export type DigestPeriod = (typeof digestPeriods)[number];

/**
 * What an unsubscribe token's subject switches to "never": one kind, every kind that goes into a
 * digest ("daily"/"weekly", the link in a digest mail), or every kind ("all").
 */
export type UnsubscribeSubject = NotificationKind | DigestPeriod | "all";

export function isUnsubscribeSubject(value: string): value is UnsubscribeSubject {
  return isNotificationKind(value) || value === "daily" || value === "weekly" || value === "all";
}

/** The kinds an unsubscribe of that subject turns off, given the member's current settings. */
export function kindsToUnsubscribe(subject: UnsubscribeSubject, current: DeliverySettings): NotificationKind[] {
  if (subject === "all") return [...notificationKinds];
  if (subject === "daily" || subject === "weekly") return notificationKinds.filter((kind) => current[kind] === subject);
  return [subject];
}
