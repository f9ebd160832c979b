import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { comments, meetups, reports, solutions, users } from "@/db/schema";

const reporter = alias(users, "reporter");
const reportedMember = alias(users, "reported_member");
const commentSolution = alias(solutions, "comment_solution");

/** How long a comment's excerpt in the queue is. */
const EXCERPT = 300;

/**
 * For moderators (the page checks): the open reports, oldest first, each with what it is about —
 * the solution's title and slug, the comment's excerpt and the page it stands on, or the member's
 * name, status and role — and whether the target is hidden already. The reporter by name only.
 */
export async function listOpenReports() {
  return db
    .select({
      id: reports.id,
      targetType: reports.targetType,
      targetId: reports.targetId,
      reason: reports.reason,
      createdAt: reports.createdAt,
      reporterName: reporter.name,
      solutionTitle: solutions.title,
      solutionSlug: solutions.slug,
      commentExcerpt: sql<string | null>`left(${comments.body}, ${EXCERPT})`,
      commentPath: sql<string | null>`case when ${commentSolution.slug} is not null then '/solutions/' || ${commentSolution.slug} when ${meetups.slug} is not null then '/meetups/' || ${meetups.slug} end`,
      memberName: reportedMember.name,
      memberStatus: reportedMember.status,
      memberRole: reportedMember.role,
      hidden: sql<boolean>`coalesce(${solutions.hiddenAt}, ${comments.hiddenAt}) is not null`,
      gone: sql<boolean>`${solutions.id} is null and ${comments.id} is null and ${reportedMember.id} is null`,
    })
    .from(reports)
    .leftJoin(reporter, eq(reporter.id, reports.reporterId))
    .leftJoin(solutions, and(eq(reports.targetType, "solution"), sql`${solutions.id}::text = ${reports.targetId}`))
    .leftJoin(comments, and(eq(reports.targetType, "comment"), sql`${comments.id}::text = ${reports.targetId}`, sql`${comments.deletedAt} is null`))
    .leftJoin(commentSolution, eq(commentSolution.id, comments.solutionId))
    .leftJoin(meetups, eq(meetups.id, comments.meetupId))
    .leftJoin(reportedMember, and(eq(reports.targetType, "member"), eq(reportedMember.id, reports.targetId)))
    .where(eq(reports.status, "open"))
    .orderBy(asc(reports.createdAt), asc(reports.id))
    .limit(200);
}
export type OpenReport = Awaited<ReturnType<typeof listOpenReports>>[number];

/** For moderators: what is hidden now, newest first, with the note — to restore it. */
export async function listHiddenContent() {
  const [hiddenSolutions, hiddenComments] = await Promise.all([
    db
      .select({ id: solutions.id, title: solutions.title, slug: solutions.slug, note: solutions.hiddenNote, hiddenAt: solutions.hiddenAt })
      .from(solutions)
      .where(isNotNull(solutions.hiddenAt))
      .orderBy(desc(solutions.hiddenAt))
      .limit(100),
    db
      .select({
        id: comments.id,
        excerpt: sql<string>`left(${comments.body}, ${EXCERPT})`,
        path: sql<string | null>`case when ${solutions.slug} is not null then '/solutions/' || ${solutions.slug} when ${meetups.slug} is not null then '/meetups/' || ${meetups.slug} end`,
        note: comments.hiddenNote,
        hiddenAt: comments.hiddenAt,
      })
      .from(comments)
      .leftJoin(solutions, eq(solutions.id, comments.solutionId))
      .leftJoin(meetups, eq(meetups.id, comments.meetupId))
      .where(and(isNotNull(comments.hiddenAt), sql`${comments.deletedAt} is null`))
      .orderBy(desc(comments.hiddenAt))
      .limit(100),
  ]);
  return { solutions: hiddenSolutions, comments: hiddenComments };
}
