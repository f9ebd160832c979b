import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { comments, meetups, reports, sessions, solutions, users } from "@/db/schema";
import type { MemberRole } from "@/db/schema/member-enums";
import type { MemberStatus } from "@/db/schema/membership-enums";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, refusable, Refusal, type Result } from "@/lib/result";
import { solutionVisibleTo, type Viewer } from "@/lib/visibility/permissions";
import { enqueueModerationMail } from "./jobs";
import { activeAdmin, activeModerator } from "./permissions";
import type { DecisionInput, ReportInput, RestoreInput, SuspensionInput } from "./schema";

const notAllowed = () => fail("form", "errors.notAllowed");
const refuse = (key: string) => new Refusal(fail("form", key));

/**
 * Whether the reporter may see what they report: a published solution their status lets them see,
 * a comment that stands (not deleted, not hidden) on such a solution or a meetup that is not a
 * draft, or another member with a profile. Unknown, invisible and own targets alike are "not allowed".
 */
async function reportable(tx: Executor, reporter: { id: string; role: MemberRole }, input: ReportInput): Promise<boolean> {
  const viewer: Viewer = { id: reporter.id, status: "verified", role: reporter.role };
  if (input.targetType === "solution") {
    const [row] = await tx
      .select({ id: solutions.id })
      .from(solutions)
      .where(and(sql`${solutions.id}::text = ${input.targetId}`, eq(solutions.state, "published"), solutionVisibleTo(viewer)))
      .limit(1);
    return Boolean(row);
  }
  if (input.targetType === "comment") {
    const [row] = await tx
      .select({ id: comments.id })
      .from(comments)
      .leftJoin(solutions, eq(solutions.id, comments.solutionId))
      .leftJoin(meetups, eq(meetups.id, comments.meetupId))
      .where(
        and(
          sql`${comments.id}::text = ${input.targetId}`,
          sql`${comments.deletedAt} is null and ${comments.hiddenAt} is null`,
          sql`(${comments.solutionId} is null or (${solutions.state} = 'published' and ${solutionVisibleTo(viewer)}))`,
          sql`(${comments.meetupId} is null or ${meetups.state} <> 'draft')`,
        ),
      )
      .limit(1);
    return Boolean(row);
  }
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.targetId), ne(users.id, reporter.id), sql`${users.name} is not null`))
    .limit(1);
  return Boolean(row);
}

/**
 * A verified member reports a solution, comment or profile to the moderators. One open report per
 * reporter and target: the reporter's row is locked for the transaction, so two reports sent at
 * once (a double click) are counted one after the other and the second one says "already reported".
 */
export async function createReport({ reporterId, input }: { reporterId: string; input: ReportInput }): Promise<Result<{ id: string }>> {
  return refusable(() =>
    db.transaction(async (tx) => {
      const [reporter] = await tx
        .select({ id: users.id, role: users.role })
        .from(users)
        .where(and(eq(users.id, reporterId), eq(users.status, "verified")))
        .for("update");
      if (!reporter || !(await reportable(tx, reporter, input))) throw new Refusal(notAllowed());
      const [open] = await tx
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.reporterId, reporterId), eq(reports.targetType, input.targetType), eq(reports.targetId, input.targetId), eq(reports.status, "open")))
        .limit(1);
      if (open) throw refuse("moderation.errors.alreadyReported");
      const [row] = await tx
        .insert(reports)
        .values({ reporterId, targetType: input.targetType, targetId: input.targetId, reason: input.reason })
        .returning({ id: reports.id });
      await recordAudit(tx, {
        actorId: reporterId,
        action: "report.created",
        targetType: "report",
        targetId: row!.id,
        subjectMemberId: input.targetType === "member" ? input.targetId : null,
        after: { targetType: input.targetType, targetId: input.targetId },
      });
      return { ok: true as const, id: row!.id };
    }),
  );
}

/** Hides a solution or comment (only one that is not hidden yet); returns its author, or refuses. */
async function hideTarget(tx: Executor, target: { targetType: string; targetId: string }, note: string): Promise<string | null> {
  if (target.targetType === "solution") {
    const [row] = await tx
      .update(solutions)
      .set({ hiddenAt: sql`now()`, hiddenNote: note })
      .where(and(sql`${solutions.id}::text = ${target.targetId}`, sql`${solutions.hiddenAt} is null`))
      .returning({ authorId: solutions.authorId });
    if (!row) throw refuse("moderation.errors.alreadyHidden");
    return row.authorId;
  }
  if (target.targetType === "comment") {
    const [row] = await tx
      .update(comments)
      .set({ hiddenAt: sql`now()`, hiddenNote: note })
      .where(and(sql`${comments.id}::text = ${target.targetId}`, sql`${comments.hiddenAt} is null`, sql`${comments.deletedAt} is null`))
      .returning({ authorId: comments.authorId });
    if (!row) throw refuse("moderation.errors.alreadyHidden");
    return row.authorId;
  }
  // A profile is not hidden: its person is suspended (suspendMember), from the same queue.
  throw refuse("moderation.errors.memberNotHideable");
}

/**
 * A moderator's decision on an open report: hide its target (the author is told the note by mail,
 * and every other open report on it is resolved with it) or dismiss the report. The report must
 * still be open and the caller a moderator or admin (not suspended) in the UPDATE that decides, so two
 * moderators deciding at once decide once.
 */
export async function decideReport({ moderatorId, input }: { moderatorId: string; input: DecisionInput }): Promise<Result> {
  const result = await refusable(() =>
    db.transaction(async (tx) => {
      const status = input.decision === "hide" ? "resolved" : "dismissed";
      const [report] = await tx
        .update(reports)
        .set({ status, decidedById: moderatorId, decidedAt: sql`now()`, decisionNote: input.note ?? null })
        .where(and(eq(reports.id, input.reportId), eq(reports.status, "open"), activeModerator(moderatorId)))
        .returning({ id: reports.id, targetType: reports.targetType, targetId: reports.targetId });
      if (!report) return null;
      if (input.decision === "dismiss") {
        await recordAudit(tx, { actorId: moderatorId, action: "report.dismissed", targetType: "report", targetId: report.id, note: input.note ?? null });
        return { ok: true as const };
      }
      const note = input.note!;
      const authorId = await hideTarget(tx, report, note);
      const targetType = report.targetType as "solution" | "comment";
      const others = await tx
        .update(reports)
        .set({ status: "resolved", decidedById: moderatorId, decidedAt: sql`now()`, decisionNote: note })
        .where(and(eq(reports.targetType, report.targetType), eq(reports.targetId, report.targetId), eq(reports.status, "open")))
        .returning({ id: reports.id });
      for (const { id } of [report, ...others]) {
        await recordAudit(tx, { actorId: moderatorId, action: "report.resolved", targetType: "report", targetId: id, after: { decision: "hide" } });
      }
      await recordAudit(tx, {
        actorId: moderatorId,
        action: targetType === "solution" ? "solution.hidden" : "comment.hidden",
        targetType,
        targetId: report.targetId,
        subjectMemberId: authorId,
        before: { hidden: false },
        after: { hidden: true },
        note,
      });
      if (authorId) await enqueueModerationMail(tx, { template: "hidden", targetType, targetId: report.targetId, recipientId: authorId, note });
      return { ok: true as const };
    }),
  );
  if (result) return result;
  // Nothing was written; this read only picks the message.
  const [report] = await db
    .select({ status: reports.status, allowed: sql<boolean>`${activeModerator(moderatorId)}` })
    .from(reports)
    .where(eq(reports.id, input.reportId))
    .limit(1);
  return report?.allowed ? fail("form", "moderation.errors.alreadyDecided") : notAllowed();
}

/** Shows a hidden solution or comment again; the author is told the note by mail. */
export async function restoreContent({ moderatorId, input }: { moderatorId: string; input: RestoreInput }): Promise<Result> {
  const restored = await db.transaction(async (tx) => {
    const table = input.targetType === "solution" ? solutions : comments;
    const [row] = await tx
      .update(table)
      .set({ hiddenAt: null, hiddenNote: null })
      .where(and(eq(table.id, input.targetId), sql`${table.hiddenAt} is not null`, activeModerator(moderatorId)))
      .returning({ authorId: table.authorId });
    if (!row) return false;
    await recordAudit(tx, {
      actorId: moderatorId,
      action: input.targetType === "solution" ? "solution.restored" : "comment.restored",
      targetType: input.targetType,
      targetId: input.targetId,
      subjectMemberId: row.authorId,
      before: { hidden: true },
      after: { hidden: false },
      note: input.note,
    });
    if (row.authorId) await enqueueModerationMail(tx, { template: "restored", targetType: input.targetType, targetId: input.targetId, recipientId: row.authorId, note: input.note });
    return true;
  });
  return restored ? { ok: true } : notAllowed();
}

/**
 * Suspends a member (they cannot sign in; their sessions end at once, in the same transaction) or
 * lifts the suspension: back to verified if they ever were (verified_at, which a suspension of a
 * verified member sets if it was missing), otherwise pending. Their content stays. Either way they
 * are mailed the note. Moderators and
 * admins only, read in the UPDATE; an admin only by an admin; nobody themselves.
 */
export async function setSuspension({ moderatorId, input }: { moderatorId: string; input: SuspensionInput }): Promise<Result> {
  if (moderatorId === input.memberId) return fail("form", "moderation.errors.suspendOwn");
  const written = await db.transaction(async (tx) => {
    const [target] = await tx.select({ status: users.status, role: users.role }).from(users).where(eq(users.id, input.memberId)).for("update");
    if (!target) return null;
    const [row] = await tx
      .update(users)
      .set(
        input.suspend
          ? { status: "suspended", suspendedAt: sql`now()`, verifiedAt: sql`coalesce(${users.verifiedAt}, case when ${users.status} = 'verified' then now() end)`, updatedAt: new Date() }
          : { status: sql<MemberStatus>`case when ${users.verifiedAt} is not null then 'verified'::member_status else 'pending'::member_status end`, suspendedAt: null, updatedAt: new Date() },
      )
      .where(
        and(
          eq(users.id, input.memberId),
          input.suspend ? ne(users.status, "suspended") : eq(users.status, "suspended"),
          activeModerator(moderatorId),
          sql`(${users.role} <> 'admin' or ${activeAdmin(moderatorId)})`,
        ),
      )
      .returning({ status: users.status });
    if (!row) return null;
    if (input.suspend) await tx.delete(sessions).where(eq(sessions.userId, input.memberId));
    await recordAudit(tx, {
      actorId: moderatorId,
      action: "member.status_changed",
      targetType: "member",
      targetId: input.memberId,
      subjectMemberId: input.memberId,
      before: { status: target.status },
      after: { status: row.status },
      note: input.note,
    });
    await enqueueModerationMail(tx, { template: input.suspend ? "suspended" : "lifted", targetType: "member", targetId: input.memberId, recipientId: input.memberId, note: input.note });
    return row;
  });
  if (written) return { ok: true };
  // Nothing was written; this read only picks the message.
  const [caller] = await db.select({ allowed: sql<boolean>`${activeModerator(moderatorId)}` }).from(sql`(select 1) as one`);
  if (!caller?.allowed) return notAllowed();
  const [target] = await db.select({ role: users.role }).from(users).where(eq(users.id, input.memberId)).limit(1);
  if (!target) return notAllowed();
  return fail("form", target.role === "admin" ? "moderation.errors.adminByAdminOnly" : "moderation.errors.statusUnchanged");
}
