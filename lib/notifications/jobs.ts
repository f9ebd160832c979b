import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { enqueueJob, type JobPayload } from "@/lib/jobs/queue";
import type { ClaimedJob } from "@/lib/jobs/queue";
import { isUuid } from "@/lib/validation";
import { meetupVisible, solutionVisible } from "./queries";

// Job kinds. The notify.* jobs turn one event into notification rows (one per recipient, in one
// set-based INSERT … SELECT); then notifications.mail (handled by the mail side) sends what is due.
export const NOTIFY_COMMENT_JOB = "notify.comment";
export const NOTIFY_ANSWER_JOB = "notify.answer";
export const NOTIFY_SOLUTION_PUBLISHED_JOB = "notify.solution-published";
export const NOTIFY_REUSE_JOB = "notify.reuse";
export const NOTIFY_DERIVED_JOB = "notify.derived";
export const NOTIFY_QUESTION_REMINDER_JOB = "notify.question-reminder";
export const NOTIFICATIONS_MAIL_JOB = "notifications.mail";

/** A question without an answer (and without a reply by its authors) reminds them after this long. */
export const QUESTION_REMINDER_DAYS = 7;
// Finished jobs (and with them their dedupe keys) are pruned after 30 days; questions older than
// this are left alone so that a pruned key can never remind twice.
const QUESTION_REMINDER_WINDOW_DAYS = 28;

type Inserted = { id: unknown };

async function execute<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Runs one set-based insert and, when it created rows, hands them to the mailer in the same transaction. */
async function insertNotifications(build: (tx: Executor) => SQL): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await execute<Inserted>(tx, build(tx));
    if (rows.length > 0) await enqueueJob(tx, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
    return rows.length;
  });
}

const textArray = (values: readonly string[]) =>
  values.length === 0 ? sql`array[]::text[]` : sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

function stringField(payload: JobPayload, key: string): string | null {
  const value = payload[key];
  return typeof value === "string" ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Comments: mention > question > reply > comment, one notification per recipient per comment.

export type NotifyCommentPayload = { commentId: string; mentionedIds: string[]; onlyMentions?: boolean };

/**
 * Notifies about a new comment, or about the mentions newly added by an edit (then `mentionedIds`
 * holds only those, and only they are told: recognised by `onlyMentions`, or by the comment being
 * edited after its first notifications went out). Recipients, each once with the strongest
 * reason: mentioned members (mention); for a question, the solution's author and co-authors
 * (question); everyone who wrote earlier in the thread (reply); active followers of the solution or
 * meetup (comment). Never the comment's author, never someone who may not see the subject, never a
 * second time for the same comment. Returns how many notifications were created.
 */
export async function notifyComment(payload: { commentId: string; mentionedIds?: readonly string[]; onlyMentions?: boolean }): Promise<number> {
  if (!isUuid(payload.commentId)) return 0;
  const mentioned = (payload.mentionedIds ?? []).filter((id) => typeof id === "string" && id.length > 0 && id.length <= 100);
  const onlyMentions = payload.onlyMentions ?? false;
  return insertNotifications(
    () => sql`
      with c as (
        select id, solution_id, meetup_id, author_id, is_question, coalesce(parent_id, id) as thread_id, parent_id, created_at,
               -- An edit that added mentions: only the newly mentioned are told.
               ${onlyMentions} or (edited_at is not null and exists (select 1 from notifications n where n.comment_id = comments.id)) as mentions_only
        from comments where id = ${payload.commentId} and deleted_at is null
      ),
      candidates as (
        select u.id as recipient_id, 'mention'::notification_kind as kind, 1 as rank
          from users u where u.id = any(${textArray(mentioned)})
        union all
        select s.author_id, 'question', 2 from c join solutions s on s.id = c.solution_id
          where c.is_question and not c.mentions_only
        union all
        select sc.user_id, 'question', 2 from c join solution_coauthors sc on sc.solution_id = c.solution_id
          where c.is_question and not c.mentions_only
        union all
        select e.author_id, 'reply', 3 from c join comments e on (e.id = c.thread_id or e.parent_id = c.thread_id)
          where c.parent_id is not null and e.id <> c.id and e.created_at <= c.created_at and not c.mentions_only
        union all
        select f.member_id, 'comment', 4 from c join follows f
          on f.active and ((f.target = 'solution' and f.target_id = c.solution_id::text) or (f.target = 'meetup' and f.target_id = c.meetup_id::text))
          where not c.mentions_only
      ),
      chosen as (
        select distinct on (recipient_id) recipient_id, kind from candidates order by recipient_id, rank
      )
      insert into notifications (recipient_id, kind, actor_id, solution_id, meetup_id, comment_id, group_key)
      select ch.recipient_id, ch.kind, c.author_id, c.solution_id, c.meetup_id, c.id,
             case ch.kind
               when 'comment' then 'comment:' || case when c.solution_id is not null then 'solution:' || c.solution_id else 'meetup:' || c.meetup_id end
               when 'reply' then 'reply:thread:' || c.thread_id
               else ch.kind || ':' || c.id
             end
      from chosen ch cross join c
      where ch.recipient_id <> c.author_id
        and (c.solution_id is null or ${solutionVisible(sql`c.solution_id`, sql`ch.recipient_id`)})
        and (c.meetup_id is null or ${meetupVisible(sql`c.meetup_id`, sql`ch.recipient_id`)})
        and not exists (select 1 from notifications n where n.recipient_id = ch.recipient_id and n.comment_id = c.id and n.kind <> 'answer')
      returning id`,
  );
}

/** The question's author learns that a reply was marked as the answer (unless they wrote it). */
export async function notifyAnswer(payload: { questionId: string }): Promise<number> {
  if (!isUuid(payload.questionId)) return 0;
  return insertNotifications(
    () => sql`
      insert into notifications (recipient_id, kind, actor_id, solution_id, meetup_id, comment_id, group_key)
      select q.author_id, 'answer', a.author_id, q.solution_id, q.meetup_id, a.id, 'answer:' || q.id
      from comments q
      join comments a on a.id = q.answer_id and a.deleted_at is null
      where q.id = ${payload.questionId} and q.is_question and q.deleted_at is null
        and a.author_id <> q.author_id
        and (q.solution_id is null or ${solutionVisible(sql`q.solution_id`, sql`q.author_id`)})
        and not exists (select 1 from notifications n where n.recipient_id = q.author_id and n.kind = 'answer' and n.comment_id = a.id)
      returning id`,
  );
}

// ---------------------------------------------------------------------------------------------
// Solutions: published, reused, derived.

/**
 * A newly published solution: every active follower of one of its OZG services, of those services'
 * Themenfelder, of its municipality or of its author hears of it once (a member following several
 * of these gets one notification). Its authors are not told about their own solution. One
 * INSERT … SELECT, so 10,000 followers cost one statement.
 */
export async function notifySolutionPublished(payload: { solutionId: string }): Promise<number> {
  if (!isUuid(payload.solutionId)) return 0;
  return insertNotifications(
    () => sql`
      with s as (select id, author_id, municipality_ags from solutions where id = ${payload.solutionId} and state = 'published'),
      targets as (
        select 'service'::follow_target as target, ss.ozg_service_id::text as target_id from solution_services ss join s on s.id = ss.solution_id
        union
        select 'themenfeld', o.themenfeld_id::text from solution_services ss join s on s.id = ss.solution_id join ozg_services o on o.id = ss.ozg_service_id
        union
        select 'municipality', s.municipality_ags from s
        union
        select 'member', s.author_id from s
      ),
      recipients as (
        select distinct f.member_id from targets t join follows f on f.active and f.target = t.target and f.target_id = t.target_id
      )
      insert into notifications (recipient_id, kind, actor_id, solution_id, group_key)
      select r.member_id, 'new_solution', s.author_id, s.id, 'new_solution:' || s.id
      from recipients r cross join s
      where r.member_id <> s.author_id
        and not exists (select 1 from solution_coauthors sc where sc.solution_id = s.id and sc.user_id = r.member_id)
        and not exists (select 1 from notifications n where n.recipient_id = r.member_id and n.kind = 'new_solution' and n.solution_id = s.id)
        -- A network solution reaches verified followers only (lib/visibility).
        and ${solutionVisible(sql`s.id`, sql`r.member_id`)}
      returning id`,
  );
}

/** The authors and co-authors of a solution learn that a municipality reuses it (actor: who marked it). */
export async function notifyReuse(payload: { solutionId: string; municipalityAgs: string }): Promise<number> {
  if (!isUuid(payload.solutionId) || !/^\d{8}$/.test(payload.municipalityAgs)) return 0;
  return insertNotifications(
    () => sql`
      with s as (select id, author_id from solutions where id = ${payload.solutionId} and state = 'published'),
      r as (select member_id from solution_reuses where solution_id = ${payload.solutionId} and municipality_ags = ${payload.municipalityAgs}),
      writers as (
        select s.author_id as recipient_id from s
        union
        select sc.user_id from solution_coauthors sc join s on s.id = sc.solution_id
      )
      insert into notifications (recipient_id, kind, actor_id, solution_id, group_key)
      select w.recipient_id, 'reuse', r.member_id, s.id, 'reuse:solution:' || s.id
      from writers w cross join s cross join r
      where w.recipient_id <> r.member_id
        and not exists (select 1 from notifications n where n.recipient_id = w.recipient_id and n.kind = 'reuse' and n.solution_id = s.id and n.actor_id = r.member_id)
      returning id`,
  );
}

/** The authors and co-authors of the base solution learn that a published solution builds on theirs. */
export async function notifyDerived(payload: { solutionId: string }): Promise<number> {
  if (!isUuid(payload.solutionId)) return 0;
  return insertNotifications(
    () => sql`
      with d as (
        select d.id, d.author_id, d.based_on_id from solutions d
        join solutions b on b.id = d.based_on_id and b.state = 'published'
        where d.id = ${payload.solutionId} and d.state = 'published'
      ),
      writers as (
        select b.author_id as recipient_id from d join solutions b on b.id = d.based_on_id
        union
        select sc.user_id from d join solution_coauthors sc on sc.solution_id = d.based_on_id
      )
      insert into notifications (recipient_id, kind, actor_id, solution_id, group_key)
      select w.recipient_id, 'derived', d.author_id, d.id, 'derived:' || d.id
      from writers w cross join d
      where w.recipient_id <> d.author_id
        and not exists (select 1 from solution_coauthors sc where sc.solution_id = d.id and sc.user_id = w.recipient_id)
        and not exists (select 1 from notifications n where n.recipient_id = w.recipient_id and n.kind = 'derived' and n.solution_id = d.id)
      returning id`,
  );
}

// ---------------------------------------------------------------------------------------------
// Questions unanswered for 7 days.

// "Unanswered": no reply marked as the answer and no reply by an author or co-author yet.
const openQuestion = sql`
  q.is_question and q.deleted_at is null and q.answer_id is null and q.solution_id is not null
  and s.state = 'published'
  and not exists (
    select 1 from comments r
    where r.parent_id = q.id and r.deleted_at is null
      and (r.author_id = s.author_id or exists (select 1 from solution_coauthors sc where sc.solution_id = s.id and sc.user_id = r.author_id)))`;

/**
 * Enqueues one reminder job per question that has been open for 7 days, with the dedupe key
 * `question-reminder:<questionId>`: however often this runs, on however many instances, a question
 * reminds its authors once. Call it periodically; `now` is a parameter so tests need not wait.
 * Returns how many reminders were newly enqueued.
 */
export async function scheduleQuestionReminders(now: Date = new Date()): Promise<number> {
  const rows = await execute<Inserted>(
    db,
    sql`
      insert into job_outbox (kind, payload, run_at, dedupe_key)
      select ${NOTIFY_QUESTION_REMINDER_JOB}, jsonb_build_object('questionId', q.id), now(), 'question-reminder:' || q.id
      from comments q join solutions s on s.id = q.solution_id
      where ${openQuestion}
        and q.created_at <= ${now.toISOString()}::timestamptz - make_interval(days => ${QUESTION_REMINDER_DAYS})
        and q.created_at > ${now.toISOString()}::timestamptz - make_interval(days => ${QUESTION_REMINDER_WINDOW_DAYS})
      on conflict (dedupe_key) do nothing
      returning id`,
  );
  return rows.length;
}

/**
 * Reminds the authors and co-authors of the question's solution, if it is still open when the job
 * runs (its age was checked when the job was scheduled).
 */
export async function notifyQuestionReminder(payload: { questionId: string }): Promise<number> {
  if (!isUuid(payload.questionId)) return 0;
  return insertNotifications(
    () => sql`
      with q as (
        select q.id, q.author_id, q.solution_id from comments q join solutions s on s.id = q.solution_id
        where q.id = ${payload.questionId} and ${openQuestion}
      ),
      writers as (
        select s.author_id as recipient_id from q join solutions s on s.id = q.solution_id
        union
        select sc.user_id from q join solution_coauthors sc on sc.solution_id = q.solution_id
      )
      insert into notifications (recipient_id, kind, actor_id, solution_id, comment_id, group_key)
      select w.recipient_id, 'question_reminder', q.author_id, q.solution_id, q.id, 'question_reminder:' || q.id
      from writers w cross join q
      where w.recipient_id <> q.author_id
        and not exists (select 1 from notifications n where n.recipient_id = w.recipient_id and n.kind = 'question_reminder' and n.comment_id = q.id)
      returning id`,
  );
}

// ---------------------------------------------------------------------------------------------
// Enqueueing (inside the transaction of the change) and the handlers for lib/jobs/handlers.ts.

/** Once per solution, ever: a withdrawn and re-published solution does not notify again. */
export function enqueueSolutionPublished(tx: Executor, solutionId: string) {
  return enqueueJob(tx, { kind: NOTIFY_SOLUTION_PUBLISHED_JOB, payload: { solutionId }, dedupeKey: `solution-published:${solutionId}` });
}

/** Once per solution and base solution. */
export function enqueueDerived(tx: Executor, solutionId: string, basedOnId: string) {
  return enqueueJob(tx, { kind: NOTIFY_DERIVED_JOB, payload: { solutionId }, dedupeKey: `derived:${solutionId}:${basedOnId}` });
}

/** Once per solution and municipality (a later change of status is not news). */
export function enqueueReuse(tx: Executor, solutionId: string, municipalityAgs: string) {
  return enqueueJob(tx, { kind: NOTIFY_REUSE_JOB, payload: { solutionId, municipalityAgs }, dedupeKey: `reuse:${solutionId}:${municipalityAgs}` });
}

const handle =
  (run: (payload: JobPayload) => Promise<number>) =>
  async (job: ClaimedJob): Promise<void> => {
    await run(job.payload);
  };

export const notificationJobHandlers = {
  [NOTIFY_COMMENT_JOB]: handle((p) =>
    notifyComment({
      commentId: stringField(p, "commentId") ?? "",
      mentionedIds: Array.isArray(p.mentionedIds) ? p.mentionedIds.filter((id): id is string => typeof id === "string") : [],
      onlyMentions: p.onlyMentions === true,
    }),
  ),
  [NOTIFY_ANSWER_JOB]: handle((p) => notifyAnswer({ questionId: stringField(p, "questionId") ?? "" })),
  [NOTIFY_SOLUTION_PUBLISHED_JOB]: handle((p) => notifySolutionPublished({ solutionId: stringField(p, "solutionId") ?? "" })),
  [NOTIFY_REUSE_JOB]: handle((p) => notifyReuse({ solutionId: stringField(p, "solutionId") ?? "", municipalityAgs: stringField(p, "municipalityAgs") ?? "" })),
  [NOTIFY_DERIVED_JOB]: handle((p) => notifyDerived({ solutionId: stringField(p, "solutionId") ?? "" })),
  [NOTIFY_QUESTION_REMINDER_JOB]: handle((p) => notifyQuestionReminder({ questionId: stringField(p, "questionId") ?? "" })),
};
