// Plain value lists, free of Drizzle imports, so client components can use them too.

/** What a member can follow. The target id is kept as text: uuid, OZG id, Themenfeld id, AGS or member id. */
export const followTargets = ["solution", "meetup", "service", "themenfeld", "municipality", "member"] as const;
export type FollowTarget = (typeof followTargets)[number];

/** Why a member is told something. Each kind has its own e-mail setting (/settings/notifications). */
export const notificationKinds = [
  "reply", // someone replied in a thread I wrote in
  "mention", // someone @mentioned me
  "question", // a question to me as author/contact of a solution
  "answer", // my question was answered
  "comment", // a new comment on something I follow
  "new_solution", // a new solution in a service, Themenfeld, municipality or by a member I follow
  "reuse", // my solution was reused / adopted
  "derived", // a solution was derived from mine
  "question_reminder", // a question to me is unanswered for 7 days
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a member wants to hear about a kind of notification by e-mail. */
export const mailDeliveries = ["immediately", "daily", "weekly", "never"] as const;
export type MailDelivery = (typeof mailDeliveries)[number];
