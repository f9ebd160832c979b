import "server-only";
import { and, count, desc, eq, gt, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";
import { comments, meetups, notifications, solutions, users, type NotificationKind } from "@/db/schema";
import { markdownToPlainTextOrSource } from "@/lib/markdown/render";

/** How long a comment excerpt may be (characters, before the ellipsis). */
export const EXCERPT_LENGTH = 200;

export type VisibleNotification = {
  id: number;
  kind: NotificationKind;
  groupKey: string;
  createdAt: Date;
  readAt: Date | null;
  actor: { id: string; name: string | null } | null;
  solution: { slug: string; title: string } | null;
  meetup: { slug: string; title: string } | null;
  comment: { id: string; excerpt: string } | null;
};

export type NotificationFilter = {
  recipientId: string;
  /** Only these notifications (e.g. the rows a mail job claimed). */
  ids?: readonly number[];
  createdAfter?: Date;
  createdBefore?: Date;
  /** Unread ones only. */
  unreadOnly?: boolean;
  limit?: number;
  offset?: number;
};

// The recipient may see a solution when they wrote it (author, co-author) or when it is published
// and lib/visibility lets them (solutionVisibleTo: a network solution only for verified members, a
// hidden one only for moderators) — so a network solution is never in the notifications, mails or
// digests of a pending member; a meetup when it is listed (published or cancelled) or when they
// organise it. Spelled in raw SQL against a column, so the same rule serves the notification's own
// subject and a comment's, and the jobs that create notifications (with the recipient a column
// there, not a parameter).
export function solutionVisible(solutionId: SQL | unknown, recipientId: SQL | string): SQL {
  return sql`exists (
    select 1 from solutions vs
    where vs.id = ${solutionId}
      and ((vs.state = 'published'
            and (vs.visibility = 'public' or exists (select 1 from users vu where vu.id = ${recipientId} and vu.status = 'verified'))
            and (vs.hidden_at is null
                 or exists (select 1 from users vu where vu.id = ${recipientId} and vu.status = 'verified' and vu.role in ('moderator', 'admin'))))
           or vs.author_id = ${recipientId}
           or exists (select 1 from solution_coauthors vc where vc.solution_id = vs.id and vc.user_id = ${recipientId})))`;
}

export function meetupVisible(meetupId: SQL | unknown, recipientId: SQL | string): SQL {
  return sql`exists (
    select 1 from meetups vm
    where vm.id = ${meetupId}
      and (vm.state in ('published', 'cancelled')
           or exists (select 1 from meetup_organisers vo where vo.meetup_id = vm.id and vo.user_id = ${recipientId})))`;
}

/**
 * The condition "the recipient may see what this notification is about", on the notifications row
 * in scope: its solution, its meetup and its comment (not deleted, on a visible subject). A
 * notification about something invisible is not shown at all, rather than shown half.
 */
export function visibleTo(recipientId: string): SQL {
  return sql`(${notifications.solutionId} is null or ${solutionVisible(notifications.solutionId, recipientId)})
    and (${notifications.meetupId} is null or ${meetupVisible(notifications.meetupId, recipientId)})
    and (${notifications.commentId} is null or exists (
      select 1 from comments vcm
      where vcm.id = ${notifications.commentId}
        and vcm.deleted_at is null
        and (vcm.solution_id is null or ${solutionVisible(sql`vcm.solution_id`, recipientId)})
        and (vcm.meetup_id is null or ${meetupVisible(sql`vcm.meetup_id`, recipientId)})))`;
}

/** Plain text of a comment's Markdown, cut at a word boundary near `length` characters. */
export function commentExcerpt(markdown: string, length = EXCERPT_LENGTH): string {
  const text = markdownToPlainTextOrSource(markdown).replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–-]+$/, "")}…`;
}

/**
 * The recipient's notifications, newest first, with what they are about — only those about things
 * the recipient may see (see visibleTo). Pass the transaction when reading inside one.
 */
export async function listVisibleNotifications(executor: Executor, filter: NotificationFilter): Promise<VisibleNotification[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const actor = alias(users, "actor");
  const rows = await executor
    .select({
      id: notifications.id,
      kind: notifications.kind,
      groupKey: notifications.groupKey,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      actorId: actor.id,
      actorName: actor.name,
      solutionSlug: solutions.slug,
      solutionTitle: solutions.title,
      meetupSlug: meetups.slug,
      meetupTitle: meetups.title,
      commentId: comments.id,
      commentBody: comments.body,
    })
    .from(notifications)
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(solutions, eq(solutions.id, notifications.solutionId))
    .leftJoin(meetups, eq(meetups.id, notifications.meetupId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .where(
      and(
        eq(notifications.recipientId, filter.recipientId),
        filter.ids ? inArray(notifications.id, [...filter.ids]) : undefined,
        filter.createdAfter ? gt(notifications.createdAt, filter.createdAfter) : undefined,
        filter.createdBefore ? lt(notifications.createdAt, filter.createdBefore) : undefined,
        filter.unreadOnly ? isNull(notifications.readAt) : undefined,
        visibleTo(filter.recipientId),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    groupKey: row.groupKey,
    createdAt: row.createdAt,
    readAt: row.readAt,
    actor: row.actorId ? { id: row.actorId, name: row.actorName } : null,
    solution: row.solutionSlug ? { slug: row.solutionSlug, title: row.solutionTitle! } : null,
    meetup: row.meetupSlug ? { slug: row.meetupSlug, title: row.meetupTitle! } : null,
    comment: row.commentId ? { id: row.commentId, excerpt: commentExcerpt(row.commentBody ?? "") } : null,
  }));
}

/** How many visible notifications the recipient has (for paging). */
export async function countVisibleNotifications(executor: Executor, recipientId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), visibleTo(recipientId)));
  return row?.n ?? 0;
}

/**
 * The header's unread count: one index-only count on notifications_unread_idx. It does not check
 * visibility (that would cost joins on every page view); notifications are only created about
 * visible things, and "mark all read" clears the count either way.
 */
export async function countUnread(executor: Executor, recipientId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Where a notification leads: the comment's permalink, else the solution's or meetup's page. */
export function notificationHref(n: Pick<VisibleNotification, "solution" | "meetup" | "comment">): string {
  const anchor = n.comment ? `#comment-${n.comment.id}` : "";
  if (n.solution) return `/solutions/${n.solution.slug}${anchor}`;
  if (n.meetup) return `/meetups/${n.meetup.slug}${anchor}`;
  return "/notifications";
}
