import { and, count, eq, inArray, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, jobOutbox, notifications, ozgServices, solutionCoauthors, solutions } from "@/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { markReuse, updateSolution } from "@/lib/solutions/mutations";
import { solutionFormInput, WAIBLINGEN, WOHNGELD, PARKAUSWEISE } from "@/lib/solutions/test-fixtures";
import {
  NOTIFICATIONS_MAIL_JOB,
  notifyAnswer,
  notifyComment,
  notifyQuestionReminder,
  notifySolutionPublished,
  scheduleQuestionReminders,
} from "./jobs";
import { createPublishedMeetup, follow, insertComment, newMember, newSolution, notificationsOf } from "./test-fixtures";

const DAY = 86_400_000;
const kinds = async (recipientId: string) => (await notificationsOf(recipientId)).map((n) => n.kind);

async function versionOf(solutionId: string) {
  const [row] = await db.select({ version: solutions.version }).from(solutions).where(eq(solutions.id, solutionId));
  return row!.version;
}

async function drainJobs() {
  while ((await runDueJobs(jobHandlers)).claimed > 0);
}

async function jobsWithKey(prefix: string) {
  const [row] = await db.select({ n: count() }).from(jobOutbox).where(like(jobOutbox.dedupeKey, `${prefix}%`));
  return row!.n;
}

describe("notify.comment", () => {
  it("tells mentioned members, followers and nobody twice, never the author, never someone who unfollowed", async () => {
    const [author, commenter, mentioned, follower, unfollowed, bystander] = [await newMember(), await newMember(), await newMember(), await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await follow(mentioned, "solution", solution.id);
    await follow(follower, "solution", solution.id);
    await follow(unfollowed, "solution", solution.id, false);
    await follow(commenter, "solution", solution.id);
    const commentId = await insertComment({ authorId: commenter, solutionId: solution.id, body: `Frage an @[M](/members/${mentioned})` });

    expect(await notifyComment({ commentId, mentionedIds: [mentioned, commenter, "no-such-member"] })).toBe(3);
    expect(await notificationsOf(mentioned)).toEqual([
      { kind: "mention", actorId: commenter, solutionId: solution.id, meetupId: null, commentId, groupKey: `mention:${commentId}` },
    ]);
    expect(await notificationsOf(follower)).toEqual([
      { kind: "comment", actorId: commenter, solutionId: solution.id, meetupId: null, commentId, groupKey: `comment:solution:${solution.id}` },
    ]);
    // The solution's author follows it automatically.
    expect(await kinds(author)).toEqual(["comment"]);
    for (const nobody of [commenter, unfollowed, bystander]) expect(await kinds(nobody)).toEqual([]);
    // Run again (a retried job): nothing new.
    expect(await notifyComment({ commentId, mentionedIds: [mentioned] })).toBe(0);
  });

  it("sends a question to the solution's author and co-authors, with mention taking precedence", async () => {
    const [author, coauthor, mentionedCoauthor, asker] = [await newMember(), await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await db.insert(solutionCoauthors).values([
      { solutionId: solution.id, userId: coauthor },
      { solutionId: solution.id, userId: mentionedCoauthor },
    ]);
    await follow(author, "solution", solution.id);
    const question = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true });
    await notifyComment({ commentId: question, mentionedIds: [mentionedCoauthor] });
    expect(await kinds(author)).toEqual(["question"]);
    expect(await kinds(coauthor)).toEqual(["question"]);
    expect(await kinds(mentionedCoauthor)).toEqual(["mention"]);
    expect(await kinds(asker)).toEqual([]);
    expect((await notificationsOf(author))[0]!.groupKey).toBe(`question:${question}`);
  });

  it("tells earlier participants of the thread about a reply (reply beats comment), not later ones", async () => {
    const [author, first, second, later, follower] = [await newMember(), await newMember(), await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await follow(first, "solution", solution.id);
    await follow(follower, "solution", solution.id);
    const t = Date.now() - 3_600_000;
    const root = await insertComment({ authorId: first, solutionId: solution.id, createdAt: new Date(t) });
    await insertComment({ authorId: second, solutionId: solution.id, parentId: root, createdAt: new Date(t + 1000) });
    const reply = await insertComment({ authorId: author, solutionId: solution.id, parentId: root, createdAt: new Date(t + 2000) });
    await insertComment({ authorId: later, solutionId: solution.id, parentId: root, createdAt: new Date(t + 3000) });
    // Another thread's author is no participant.
    await insertComment({ authorId: follower, solutionId: solution.id, createdAt: new Date(t) });

    await notifyComment({ commentId: reply, mentionedIds: [] });
    expect(await notificationsOf(first)).toMatchObject([{ kind: "reply", commentId: reply, groupKey: `reply:thread:${root}` }]);
    expect(await kinds(second)).toEqual(["reply"]);
    expect(await kinds(later)).toEqual([]);
    expect(await kinds(follower)).toEqual(["comment"]);
    expect(await kinds(author)).toEqual([]);
  });

  it("tells followers of a meetup, and nobody about a comment on a draft or a deleted comment", async () => {
    const [organiser, follower, author] = [await newMember({ role: "organiser" }), await newMember(), await newMember()];
    const meetup = await createPublishedMeetup(organiser);
    await follow(follower, "meetup", meetup.id);
    const commentId = await insertComment({ authorId: organiser, meetupId: meetup.id });
    await notifyComment({ commentId, mentionedIds: [] });
    expect(await notificationsOf(follower)).toMatchObject([{ kind: "comment", meetupId: meetup.id, solutionId: null, groupKey: `comment:meetup:${meetup.id}` }]);

    const draft = await newSolution(author, { draft: true });
    const outsider = await newMember();
    await follow(outsider, "solution", draft.id);
    const onDraft = await insertComment({ authorId: author, solutionId: draft.id });
    expect(await notifyComment({ commentId: onDraft, mentionedIds: [outsider] })).toBe(0);

    const solution = await newSolution(author);
    await follow(outsider, "solution", solution.id);
    const deleted = await insertComment({ authorId: author, solutionId: solution.id, deletedAt: new Date() });
    expect(await notifyComment({ commentId: deleted, mentionedIds: [outsider] })).toBe(0);
    expect(await notifyComment({ commentId: "not-a-uuid", mentionedIds: [] })).toBe(0);
  });

  it("after an edit tells only the newly mentioned, and enqueues the mail job with the rows", async () => {
    const [author, follower, added] = [await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await follow(follower, "solution", solution.id);
    const commentId = await insertComment({ authorId: author, solutionId: solution.id });
    const before = await db.select({ n: count() }).from(jobOutbox).where(eq(jobOutbox.kind, NOTIFICATIONS_MAIL_JOB));
    await notifyComment({ commentId, mentionedIds: [] });
    const after = await db.select({ n: count() }).from(jobOutbox).where(eq(jobOutbox.kind, NOTIFICATIONS_MAIL_JOB));
    expect(after[0]!.n).toBe(before[0]!.n + 1);

    const newFollower = await newMember();
    await follow(newFollower, "solution", solution.id);
    await db.update(comments).set({ editedAt: new Date() }).where(eq(comments.id, commentId));
    expect(await notifyComment({ commentId, mentionedIds: [added] })).toBe(1);
    expect(await kinds(added)).toEqual(["mention"]);
    expect(await kinds(newFollower)).toEqual([]);
    expect(await kinds(follower)).toEqual(["comment"]);
  });
});

describe("notify.answer", () => {
  it("tells the question's author when a reply was marked as the answer", async () => {
    const [author, asker] = [await newMember(), await newMember()];
    const solution = await newSolution(author);
    const question = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true });
    const answer = await insertComment({ authorId: author, solutionId: solution.id, parentId: question });
    expect(await notifyAnswer({ questionId: question })).toBe(0); // not marked yet
    await db.update(comments).set({ answerId: answer, answeredAt: new Date() }).where(eq(comments.id, question));
    expect(await notifyAnswer({ questionId: question })).toBe(1);
    expect(await notificationsOf(asker)).toMatchObject([{ kind: "answer", actorId: author, commentId: answer, groupKey: `answer:${question}` }]);
    expect(await notifyAnswer({ questionId: question })).toBe(0);
  });
});

describe("notify.solution-published", () => {
  it("tells followers of its services, Themenfelder, municipality and author once each, not its writers", async () => {
    const [author, coauthor, byService, byThemenfeld, byMunicipality, byMember, byAll, unfollowed, elsewhere] = [await newMember(), await newMember(), await newMember(), await newMember(), await newMember(), await newMember(), await newMember(), await newMember(), await newMember()];
    await drainJobs(); // earlier tests' publications in the same municipality
    const [service] = await db.select({ themenfeldId: ozgServices.themenfeldId }).from(ozgServices).where(eq(ozgServices.id, PARKAUSWEISE));
    await follow(byService, "service", PARKAUSWEISE);
    await follow(byThemenfeld, "themenfeld", service!.themenfeldId);
    await follow(byMunicipality, "municipality", "08119020");
    await follow(byMember, "member", author);
    for (const [target, id] of [["service", PARKAUSWEISE], ["themenfeld", service!.themenfeldId], ["municipality", "08119020"], ["member", author]] as const) {
      await follow(byAll, target, id);
    }
    await follow(unfollowed, "service", PARKAUSWEISE, false);
    await follow(elsewhere, "municipality", WAIBLINGEN);
    await follow(coauthor, "service", PARKAUSWEISE);
    await follow(author, "service", PARKAUSWEISE);

    const draft = await newSolution(author, { draft: true, overrides: { serviceIds: [PARKAUSWEISE] } });
    await db.insert(solutionCoauthors).values({ solutionId: draft.id, userId: coauthor });
    // A draft tells nobody; its publication (through the edit form) does, once.
    expect(await notifySolutionPublished({ solutionId: draft.id })).toBe(0);
    const current = await versionOf(draft.id);
    const published = await updateSolution({
      editorId: author,
      slug: draft.slug,
      input: solutionFormInput({ title: `Parken digital ${draft.id}`, serviceIds: [PARKAUSWEISE], intent: "publish", expectedVersion: String(current) }),
    });
    expect(published.ok).toBe(true);
    await drainJobs();
    for (const member of [byService, byThemenfeld, byMunicipality, byMember, byAll]) {
      expect(await notificationsOf(member)).toEqual([
        { kind: "new_solution", actorId: author, solutionId: draft.id, meetupId: null, commentId: null, groupKey: `new_solution:${draft.id}` },
      ]);
    }
    for (const member of [author, coauthor, unfollowed, elsewhere]) expect(await kinds(member)).toEqual([]);

    // Withdrawn and published again: no second round.
    await db.update(solutions).set({ state: "draft" }).where(eq(solutions.id, draft.id));
    const again = await versionOf(draft.id);
    await updateSolution({
      editorId: author,
      slug: draft.slug,
      input: solutionFormInput({ title: `Parken digital ${draft.id}`, serviceIds: [PARKAUSWEISE], intent: "publish", expectedVersion: String(again) }),
    });
    expect(await jobsWithKey(`solution-published:${draft.id}`)).toBe(1);
    await drainJobs();
    expect(await kinds(byAll)).toEqual(["new_solution"]);
  });

  it("is enqueued when a solution is created published, not when saved as a draft", async () => {
    const author = await newMember();
    const published = await newSolution(author);
    const draft = await newSolution(author, { draft: true });
    expect(await jobsWithKey(`solution-published:${published.id}`)).toBe(1);
    expect(await jobsWithKey(`solution-published:${draft.id}`)).toBe(0);
  });
});

describe("notify.reuse and notify.derived", () => {
  it("tells the authors and co-authors that a municipality reuses their solution, once per municipality", async () => {
    const [author, coauthor] = [await newMember(), await newMember()];
    const reuser = await newMember({ municipalityAgs: WAIBLINGEN, name: "Rita Reuse" });
    const solution = await newSolution(author);
    await db.insert(solutionCoauthors).values({ solutionId: solution.id, userId: coauthor });
    expect(await markReuse({ memberId: reuser, slug: solution.slug, status: "considering" })).toEqual({ ok: true });
    expect(await markReuse({ memberId: reuser, slug: solution.slug, status: "live" })).toEqual({ ok: true });
    await drainJobs();
    for (const writer of [author, coauthor]) {
      expect(await notificationsOf(writer)).toMatchObject([{ kind: "reuse", actorId: reuser, solutionId: solution.id, groupKey: `reuse:solution:${solution.id}` }]);
    }
    expect(await kinds(reuser)).toEqual([]);
  });

  it("tells the base solution's authors about a published solution built on theirs", async () => {
    const [baseAuthor, derivedAuthor] = [await newMember(), await newMember({ municipalityAgs: WAIBLINGEN })];
    const base = await newSolution(baseAuthor);
    const derivedDraft = await newSolution(derivedAuthor, { draft: true, overrides: { basedOnSlug: base.slug, municipalityAgs: WAIBLINGEN } });
    await drainJobs();
    expect(await kinds(baseAuthor)).toEqual([]);
    const derived = await newSolution(derivedAuthor, { overrides: { basedOnSlug: base.slug, municipalityAgs: WAIBLINGEN, serviceIds: [WOHNGELD] } });
    await drainJobs();
    expect(await notificationsOf(baseAuthor)).toMatchObject([{ kind: "derived", actorId: derivedAuthor, solutionId: derived.id, groupKey: `derived:${derived.id}` }]);
    expect(await jobsWithKey(`derived:${derivedDraft.id}`)).toBe(0);
  });
});

describe("question reminders", () => {
  it("reminds the authors once, 7 days after an unanswered question, with time passed in", async () => {
    const [author, coauthor, asker] = [await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await db.insert(solutionCoauthors).values({ solutionId: solution.id, userId: coauthor });
    const now = Date.now();
    const open = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true, createdAt: new Date(now) });
    const answered = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true, createdAt: new Date(now) });
    const answer = await insertComment({ authorId: author, solutionId: solution.id, parentId: answered });
    await db.update(comments).set({ answerId: answer, answeredAt: new Date() }).where(eq(comments.id, answered));
    const repliedByCoauthor = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true, createdAt: new Date(now) });
    await insertComment({ authorId: coauthor, solutionId: solution.id, parentId: repliedByCoauthor });
    const repliedByOther = await insertComment({ authorId: asker, solutionId: solution.id, isQuestion: true, createdAt: new Date(now) });
    await insertComment({ authorId: await newMember(), solutionId: solution.id, parentId: repliedByOther });
    const reminderJobs = () =>
      db.select({ key: jobOutbox.dedupeKey }).from(jobOutbox).where(inArray(jobOutbox.dedupeKey, [open, answered, repliedByCoauthor, repliedByOther].map((id) => `question-reminder:${id}`)));

    await scheduleQuestionReminders(new Date(now + 6 * DAY));
    expect(await reminderJobs()).toEqual([]);
    await scheduleQuestionReminders(new Date(now + 7 * DAY + 60_000));
    await scheduleQuestionReminders(new Date(now + 8 * DAY));
    expect((await reminderJobs()).map((r) => r.key).sort()).toEqual([`question-reminder:${open}`, `question-reminder:${repliedByOther}`].sort());

    await drainJobs();
    const remindersOf = (id: string) =>
      db.select({ recipientId: notifications.recipientId }).from(notifications).where(and(eq(notifications.kind, "question_reminder"), eq(notifications.commentId, id)));
    expect((await remindersOf(open)).map((r) => r.recipientId).sort()).toEqual([author, coauthor].sort());
    expect(await kinds(asker)).toEqual([]);
    // The job itself checks again: a question answered before it ran reminds nobody.
    await db.update(comments).set({ answerId: answer, answeredAt: new Date() }).where(eq(comments.id, repliedByOther));
    expect(await notifyQuestionReminder({ questionId: repliedByOther })).toBe(0);
    expect(await notifyQuestionReminder({ questionId: open })).toBe(0); // already reminded
  });
});
