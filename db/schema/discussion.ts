import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberId, ownedBy, timestampNow, tsvector } from "./columns";
import { mailDeliveries, notificationKinds, followTargets } from "./discussion-enums";
import { meetups } from "./meetups";
import { solutions } from "./solutions";

export * from "./discussion-enums";
export const followTarget = pgEnum("follow_target", followTargets);
export const notificationKind = pgEnum("notification_kind", notificationKinds);
export const mailDelivery = pgEnum("mail_delivery", mailDeliveries);

/**
 * A comment on a solution or a meetup (exactly one of the two). Threads are one level deep:
 * `parentId` always names the thread's first comment (a reply to a reply joins that thread).
 * A deleted comment keeps its row (and its replies) with the body emptied and `deletedAt` set.
 */
export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    solutionId: uuid().references(() => solutions.id, { onDelete: "cascade" }),
    meetupId: uuid().references(() => meetups.id, { onDelete: "cascade" }),
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    // Null once the author deleted their account ("gelöschtes Mitglied").
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    // Markdown source; rendered and sanitised at display time.
    body: text().notNull(),
    // The comments search (lib/discussion/search-queries.ts) matches against it: stored, so checking
    // thousands of comments does not parse their text again.
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('german', body)`),
    // A question to the solution's authors and contact (top-level comments on solutions only).
    isQuestion: boolean().notNull().default(false),
    // On a question: the reply that authors or moderators marked as the answer.
    answerId: uuid().references((): AnyPgColumn => comments.id, { onDelete: "set null" }),
    answeredAt: timestamp({ withTimezone: true }),
    helpfulCount: integer().notNull().default(0),
    createdAt: timestampNow(),
    // Set on every edit; shown as "bearbeitet".
    editedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
    // Moderation: a hidden comment shows "ausgeblendet" to others; its author sees why.
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenNote: text(),
  },
  (t) => [
    check("comments_one_subject", sql`num_nonnulls(${t.solutionId}, ${t.meetupId}) = 1`),
    check("comments_question_top_level", sql`not ${t.isQuestion} or ${t.parentId} is null`),
    index("comments_solution_idx").on(t.solutionId, t.createdAt).where(sql`${t.solutionId} is not null`),
    index("comments_meetup_idx").on(t.meetupId, t.createdAt).where(sql`${t.meetupId} is not null`),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId),
    // Open and answered questions per solution, for the catalogue filters and the 7-day reminder.
    index("comments_questions_idx").on(t.solutionId, t.answeredAt).where(sql`${t.isQuestion} and ${t.deletedAt} is null`),
    // The comments group of /search (lib/discussion/search-queries.ts): German full text of what stands.
    index("comments_search_vector_idx")
      .using("gin", t.searchVector)
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
    // …newest first: for a common word the newest standing comments are read until a page is full.
    index("comments_standing_created_idx")
      .on(t.createdAt.desc(), t.id.desc())
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
  ],
);

/** The text a comment had before each edit, for moderators. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    commentId: ownedBy(() => comments.id),
    body: text().notNull(),
    // When this text was replaced.
    replacedAt: timestampNow(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId, t.replacedAt)],
);

/**
 * "Hilfreich": one per member and solution or comment (exactly one of the two). The counts live on
 * solutions.helpful_count and comments.helpful_count, changed in the same transaction as the row.
 */
export const reactions = pgTable(
  "reactions",
  {
    memberId: memberId(),
    solutionId: uuid().references(() => solutions.id, { onDelete: "cascade" }),
    commentId: uuid().references(() => comments.id, { onDelete: "cascade" }),
    createdAt: timestampNow(),
  },
  (t) => [
    check("reactions_one_subject", sql`num_nonnulls(${t.solutionId}, ${t.commentId}) = 1`),
    uniqueIndex("reactions_member_solution_unique").on(t.memberId, t.solutionId).where(sql`${t.solutionId} is not null`),
    uniqueIndex("reactions_member_comment_unique").on(t.memberId, t.commentId).where(sql`${t.commentId} is not null`),
  ],
);

/**
 * Who follows what. An explicit unfollow keeps the row with `active = false`, so that automatic
 * follows (authors, commenters, participants: inserted `on conflict do nothing`) do not undo it.
 */
export const follows = pgTable(
  "follows",
  {
    memberId: memberId(),
    target: followTarget().notNull(),
    targetId: text().notNull(),
    active: boolean().notNull().default(true),
    // Followed by the app (author, commenter, participant) rather than by the member's own click.
    automatic: boolean().notNull().default(false),
    createdAt: timestampNow(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.target, t.targetId] }),
    // Fan-out: all active followers of one target.
    index("follows_target_idx").on(t.target, t.targetId).where(sql`${t.active}`),
  ],
);

/**
 * What a member is told in the app (/notifications) and, per their settings, by e-mail. Rows hold
 * ids, never copied content: pages and mails render from the current, visible state.
 * `groupKey` folds several notifications into one line ("3 neue Kommentare zu …").
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    recipientId: memberId(),
    kind: notificationKind().notNull(),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    solutionId: uuid().references(() => solutions.id, { onDelete: "cascade" }),
    meetupId: uuid().references(() => meetups.id, { onDelete: "cascade" }),
    commentId: uuid().references(() => comments.id, { onDelete: "cascade" }),
    groupKey: text().notNull(),
    createdAt: timestampNow(),
    readAt: timestamp({ withTimezone: true }),
    // Set once the mailer has dealt with the row (sent it at once, or left it to a digest / never).
    mailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The header's unread count: one index-only count.
    index("notifications_unread_idx").on(t.recipientId).where(sql`${t.readAt} is null`),
    index("notifications_recipient_idx").on(t.recipientId, t.createdAt.desc()),
    index("notifications_unmailed_idx").on(t.id).where(sql`${t.mailedAt} is null`),
  ],
);

/** A member's choice per notification kind; a missing row means the default of that kind. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    memberId: memberId(),
    kind: notificationKind().notNull(),
    delivery: mailDelivery().notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.kind] })],
);

/**
 * Replies that arrived by e-mail, by Message-ID: the same mail delivered twice (webhook retry, IMAP
 * poll) is posted once.
 */
export const inboundMails = pgTable("inbound_mails", {
  messageId: text().primaryKey(),
  memberId: text().references(() => users.id, { onDelete: "set null" }),
  commentId: uuid().references(() => comments.id, { onDelete: "set null" }),
  // "posted" or why it was refused (for the log, not shown to anyone).
  outcome: text().notNull(),
  receivedAt: timestampNow(),
});

export type Comment = typeof comments.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
