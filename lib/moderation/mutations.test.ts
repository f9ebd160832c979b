import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, comments, mailOutbox, reports, sessions, solutions, users } from "@/db/schema";
import { createComment } from "@/lib/discussion/mutations";
import { listComments } from "@/lib/discussion/queries";
import { publishedSolution } from "@/lib/discussion/test-fixtures";
import { runDueJobs } from "@/lib/jobs/worker";
import { getSolutionBySlug, listSolutionsOfMunicipality } from "@/lib/solutions/queries";
import { FELLBACH, newMember, runId, viewerOf } from "@/lib/solutions/test-fixtures";
import { MODERATION_MAIL_JOB } from "./jobs";
import { sendModerationMailJob } from "./mail";
import { createReport, decideReport, restoreContent, setSuspension } from "./mutations";
import { suspendedSignInRedirect } from "./permissions";
import { decisionInput, reportInput, restoreInput, suspensionInput } from "./schema";

const report = (reporterId: string, targetType: string, targetId: string, reason = "Enthält falsche Angaben zu Kosten.") =>
  createReport({ reporterId, input: reportInput.parse({ targetType, targetId, reason }) });
const decide = (moderatorId: string, reportId: string, decision: "hide" | "dismiss", note = "Bitte belegen Sie die Zahlen.") =>
  decideReport({ moderatorId, input: decisionInput.parse({ reportId, decision, note }) });
const suspend = (moderatorId: string, memberId: string, yes = true) =>
  setSuspension({ moderatorId, input: suspensionInput.parse({ memberId, suspend: yes ? "yes" : "no", note: "Wiederholt beleidigende Beiträge." }) });
const auditOf = (targetId: string) => db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id);
const runMails = async () => {
  while ((await runDueJobs({ [MODERATION_MAIL_JOB]: sendModerationMailJob }, { limit: 100 })).claimed > 0);
};
async function mailsTo(userId: string) {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, row!.email!)).orderBy(mailOutbox.id);
}

describe("createReport", () => {
  it("records one open report per reporter and target, with an audit entry; the second says already reported", async () => {
    const solution = await publishedSolution();
    const reporter = await newMember();
    const first = await report(reporter, "solution", solution.id);
    expect(first.ok).toBe(true);
    expect(await report(reporter, "solution", solution.id)).toEqual({ ok: false, errors: { form: ["moderation.errors.alreadyReported"] } });
    const rows = await db.select().from(reports).where(eq(reports.targetId, solution.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reporterId: reporter, targetType: "solution", status: "open", reason: "Enthält falsche Angaben zu Kosten." });
    const [entry] = await auditOf(rows[0]!.id);
    expect(entry).toMatchObject({ actorId: reporter, action: "report.created", targetType: "report", after: { targetType: "solution", targetId: solution.id } });
    // Another member may report the same solution.
    expect((await report(await newMember(), "solution", solution.id)).ok).toBe(true);
  });

  it("two reports sent at once (a double click) make one", async () => {
    const solution = await publishedSolution();
    const reporter = await newMember();
    const results = await Promise.all([report(reporter, "solution", solution.id), report(reporter, "solution", solution.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.select().from(reports).where(and(eq(reports.targetId, solution.id), eq(reports.reporterId, reporter)))).toHaveLength(1);
  });

  it("refuses pending members, unknown and own targets alike, and writes nothing", async () => {
    const solution = await publishedSolution();
    const pending = await newMember({ municipalityAgs: null, status: "pending" });
    const member = await newMember();
    const refused = { ok: false, errors: { form: ["errors.notAllowed"] } };
    expect(await report(pending, "solution", solution.id)).toEqual(refused);
    expect(await report(member, "solution", "00000000-0000-4000-8000-000000000000")).toEqual(refused);
    expect(await report(member, "member", member)).toEqual(refused);
    expect(await report(member, "member", "no-such-member")).toEqual(refused);
    expect(await db.select().from(reports).where(inArray(reports.reporterId, [pending, member]))).toHaveLength(0);
  });

  it("asks for a reason, at most 1,000 characters, and a well-formed target", () => {
    const issues = (input: Record<string, string>) => reportInput.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ targetType: "solution", targetId: "00000000-0000-4000-8000-000000000000", reason: "   " })).toEqual(["moderation.errors.reasonRequired"]);
    expect(issues({ targetType: "solution", targetId: "00000000-0000-4000-8000-000000000000", reason: "x".repeat(1001) })).toEqual(["moderation.errors.reasonTooLong"]);
    expect(issues({ targetType: "solution", targetId: "not-a-uuid", reason: "Grund" })).toEqual(["errors.notAllowed"]);
    expect(issues({ targetType: "page", targetId: "x", reason: "Grund" })).toContain("errors.notAllowed");
  });
});

describe("decideReport", () => {
  it("hiding a solution: gone for others, still there for its author with the note; reports resolved, audit written, author mailed", async () => {
    const solution = await publishedSolution();
    const moderator = await newMember({ role: "moderator" });
    const [a, b] = [await newMember(), await newMember()];
    const first = await report(a, "solution", solution.id);
    const second = await report(b, "solution", solution.id);
    if (!first.ok || !second.ok) throw new Error("report failed");
    expect(await decide(moderator, first.id, "hide", `Kosten unbelegt ${runId}`)).toEqual({ ok: true });

    const [row] = await db.select({ hiddenAt: solutions.hiddenAt, hiddenNote: solutions.hiddenNote }).from(solutions).where(eq(solutions.id, solution.id));
    expect(row!.hiddenAt).toBeInstanceOf(Date);
    expect(row!.hiddenNote).toBe(`Kosten unbelegt ${runId}`);
    // Both reports are resolved by the one decision.
    const decided = await db.select({ status: reports.status, decidedById: reports.decidedById }).from(reports).where(eq(reports.targetId, solution.id));
    expect(decided).toEqual([
      { status: "resolved", decidedById: moderator },
      { status: "resolved", decidedById: moderator },
    ]);
    expect((await auditOf(solution.id)).map((e) => e.action)).toContain("solution.hidden");
    expect((await auditOf(first.id)).map((e) => e.action)).toEqual(["report.created", "report.resolved"]);

    expect(await getSolutionBySlug(solution.slug, await viewerOf(a))).toBeNull();
    expect(await getSolutionBySlug(solution.slug, null)).toBeNull();
    expect(JSON.stringify(await listSolutionsOfMunicipality(FELLBACH, 500, await viewerOf(a)))).not.toContain(solution.slug);
    expect(await getSolutionBySlug(solution.slug, await viewerOf(solution.authorId))).toMatchObject({ hiddenNote: `Kosten unbelegt ${runId}` });
    expect(await getSolutionBySlug(solution.slug, await viewerOf(solution.coauthorId))).not.toBeNull();
    expect(await getSolutionBySlug(solution.slug, await viewerOf(moderator))).not.toBeNull();

    await runMails();
    const mails = await mailsTo(solution.authorId);
    expect(mails.at(-1)?.subject).toContain("wurde ausgeblendet");
    expect(mails.at(-1)?.text).toContain(`Kosten unbelegt ${runId}`);
    expect(mails.at(-1)?.text).toContain(`/solutions/${solution.slug}`);
  });

  it("a decision on a closed report changes nothing: two moderators deciding at once decide once", async () => {
    const solution = await publishedSolution();
    const [m1, m2] = [await newMember({ role: "moderator" }), await newMember({ role: "admin" })];
    const made = await report(await newMember(), "solution", solution.id);
    if (!made.ok) throw new Error("report failed");
    const results = await Promise.all([decide(m1, made.id, "dismiss"), decide(m2, made.id, "hide")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, errors: { form: ["moderation.errors.alreadyDecided"] } });
    expect(await decide(m1, made.id, "hide")).toEqual({ ok: false, errors: { form: ["moderation.errors.alreadyDecided"] } });
    const decisions = (await auditOf(made.id)).filter((e) => e.action !== "report.created");
    expect(decisions).toHaveLength(1);
  });

  it("dismissing leaves the target as it was; members and demoted moderators cannot decide", async () => {
    const solution = await publishedSolution();
    const made = await report(await newMember(), "solution", solution.id);
    if (!made.ok) throw new Error("report failed");
    const member = await newMember();
    const suspendedModerator = await newMember({ role: "moderator", status: "suspended" });
    for (const caller of [member, suspendedModerator, solution.authorId]) {
      expect(await decide(caller, made.id, "hide")).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    }
    // The role counts, not the municipality: an admin from ADMIN_EMAILS may be pending.
    const moderator = await newMember({ role: "admin", municipalityAgs: null, status: "pending" });
    expect(await decide(moderator, made.id, "dismiss", "")).toEqual({ ok: true });
    const [row] = await db.select({ hiddenAt: solutions.hiddenAt }).from(solutions).where(eq(solutions.id, solution.id));
    expect(row!.hiddenAt).toBeNull();
    expect((await auditOf(made.id)).map((e) => e.action)).toEqual(["report.created", "report.dismissed"]);
    // Hiding needs a note (it is mailed).
    expect(decisionInput.safeParse({ reportId: made.id, decision: "hide", note: " " }).error?.issues.map((i) => i.message)).toEqual(["moderation.errors.noteRequired"]);
  });

  it("hiding a comment: others read that it was hidden, its author reads it with the note; restore shows it again and mails", async () => {
    const solution = await publishedSolution();
    const author = await newMember({ name: `Kommentator ${runId}` });
    const created = await createComment({ authorId: author, subject: { solutionId: solution.id }, body: `Unsachlicher Beitrag ${runId}` });
    if (!created.ok) throw new Error("comment failed");
    const commentId = created.comment.id;
    const moderator = await newMember({ role: "moderator" });
    const made = await report(await newMember(), "comment", commentId);
    if (!made.ok) throw new Error("report failed");
    expect(await decide(moderator, made.id, "hide", "Bitte sachlich bleiben.")).toEqual({ ok: true });

    const asOther = (await listComments({ solutionId: solution.id }, { id: solution.authorId, moderator: false })).find((c) => c.id === commentId)!;
    expect(asOther).toMatchObject({ bodyHidden: true, body: "", hiddenNote: null, canReport: false });
    const asAnonymous = (await listComments({ solutionId: solution.id }, null)).find((c) => c.id === commentId)!;
    expect(asAnonymous).toMatchObject({ bodyHidden: true, body: "" });
    const asAuthor = (await listComments({ solutionId: solution.id }, { id: author, moderator: false })).find((c) => c.id === commentId)!;
    expect(asAuthor).toMatchObject({ bodyHidden: false, hidden: true, body: `Unsachlicher Beitrag ${runId}`, hiddenNote: "Bitte sachlich bleiben." });

    expect(await restoreContent({ moderatorId: await newMember(), input: restoreInput.parse({ targetType: "comment", targetId: commentId, note: "x" }) })).toEqual({
      ok: false,
      errors: { form: ["errors.notAllowed"] },
    });
    expect(await restoreContent({ moderatorId: moderator, input: restoreInput.parse({ targetType: "comment", targetId: commentId, note: "Nach Rücksprache wieder sichtbar." }) })).toEqual({ ok: true });
    const [row] = await db.select({ hiddenAt: comments.hiddenAt }).from(comments).where(eq(comments.id, commentId));
    expect(row!.hiddenAt).toBeNull();
    expect((await auditOf(commentId)).map((e) => e.action)).toEqual(["comment.hidden", "comment.restored"]);
    // Restoring what is not hidden changes nothing.
    expect((await restoreContent({ moderatorId: moderator, input: restoreInput.parse({ targetType: "comment", targetId: commentId, note: "noch einmal" }) })).ok).toBe(false);

    await runMails();
    const subjects = (await mailsTo(author)).map((m) => m.subject);
    expect(subjects.some((s) => s.includes("wurde ausgeblendet"))).toBe(true);
    expect(subjects.some((s) => s.includes("wieder sichtbar"))).toBe(true);
  });

  it("an English-speaking author gets the mail in English", async () => {
    const solution = await publishedSolution();
    await db.update(users).set({ locale: "en" }).where(eq(users.id, solution.authorId));
    const made = await report(await newMember(), "solution", solution.id);
    if (!made.ok) throw new Error("report failed");
    expect(await decide(await newMember({ role: "admin" }), made.id, "hide", "Numbers unclear.")).toEqual({ ok: true });
    await runMails();
    const [mail] = await mailsTo(solution.authorId);
    expect(mail?.subject).toContain("was hidden");
    expect(mail?.text).toContain("/en/solutions/");
  });

  it("a member report cannot hide a profile", async () => {
    const target = await newMember();
    const made = await report(await newMember(), "member", target);
    if (!made.ok) throw new Error("report failed");
    expect(await decide(await newMember({ role: "moderator" }), made.id, "hide")).toEqual({ ok: false, errors: { form: ["moderation.errors.memberNotHideable"] } });
    const [row] = await db.select({ status: reports.status }).from(reports).where(eq(reports.id, made.id));
    expect(row!.status).toBe("open");
  });
});

describe("setSuspension", () => {
  async function withSession(userId: string) {
    const token = `moderation-${runId}-${Math.random()}`;
    await db.insert(sessions).values({ sessionToken: token, userId, expires: new Date(Date.now() + 86_400_000) });
    return token;
  }

  it("suspends a member, ends their sessions at once, refuses their sign-in; lifting it restores verified", async () => {
    const member = await newMember();
    const bystander = await newMember();
    const moderator = await newMember({ role: "moderator" });
    await withSession(member);
    await withSession(member);
    const kept = await withSession(bystander);
    expect(await suspendedSignInRedirect(member)).toBeNull();

    expect(await suspend(moderator, member)).toEqual({ ok: true });
    const [row] = await db.select({ status: users.status, suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, member));
    expect(row).toMatchObject({ status: "suspended" });
    expect(row!.suspendedAt).toBeInstanceOf(Date);
    expect(await db.select().from(sessions).where(eq(sessions.userId, member))).toHaveLength(0);
    expect(await db.select().from(sessions).where(eq(sessions.sessionToken, kept))).toHaveLength(1);
    expect(await suspendedSignInRedirect(member)).toBe("/signin/error?error=Suspended");
    const [entry] = await auditOf(member);
    expect(entry).toMatchObject({ actorId: moderator, action: "member.status_changed", subjectMemberId: member, before: { status: "verified" }, after: { status: "suspended" } });
    expect(JSON.stringify(entry)).not.toContain("@");

    expect(await suspend(moderator, member)).toEqual({ ok: false, errors: { form: ["moderation.errors.statusUnchanged"] } });
    expect(await suspend(moderator, member, false)).toEqual({ ok: true });
    const [after] = await db.select({ status: users.status, suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, member));
    expect(after).toEqual({ status: "verified", suspendedAt: null });
    expect(await suspendedSignInRedirect(member)).toBeNull();
    expect((await auditOf(member)).at(-1)).toMatchObject({ before: { status: "suspended" }, after: { status: "verified" } });
  });

  it("the member is mailed the note when suspended and when let back in, in their language", async () => {
    const member = await newMember();
    const moderator = await newMember({ role: "moderator" });
    expect(await suspend(moderator, member)).toEqual({ ok: true });
    await runMails();
    const [suspended] = await mailsTo(member);
    expect(suspended?.subject).toBe("Ihr Zugang zu Kommunalnetz ist gesperrt");
    expect(suspended?.text).toContain("Begründung der Moderation: Wiederholt beleidigende Beiträge.");
    expect(suspended?.text).not.toContain("/signin");

    await db.update(users).set({ locale: "en" }).where(eq(users.id, member));
    expect(await suspend(moderator, member, false)).toEqual({ ok: true });
    await runMails();
    const lifted = (await mailsTo(member))[1];
    expect(lifted?.subject).toBe("Your Kommunalnetz access is open again");
    expect(lifted?.text).toContain("The moderators' reason: Wiederholt beleidigende Beiträge.");
    expect(lifted?.text).toMatch(/https?:\/\/[^\s]+\/en\/signin\b/);
    expect(await mailsTo(member)).toHaveLength(2);
  });

  it("a pending member who is suspended and let back in is pending again; an English speaker's refusal page is English", async () => {
    const pending = await newMember({ municipalityAgs: null, status: "pending" });
    await db.update(users).set({ locale: "en" }).where(eq(users.id, pending));
    const admin = await newMember({ role: "admin" });
    expect(await suspend(admin, pending)).toEqual({ ok: true });
    expect(await suspendedSignInRedirect(pending)).toBe("/en/signin/error?error=Suspended");
    expect(await suspend(admin, pending, false)).toEqual({ ok: true });
    const [row] = await db.select({ status: users.status }).from(users).where(eq(users.id, pending));
    expect(row!.status).toBe("pending");
  });

  it("nobody suspends themselves, a moderator no admin, a member nobody", async () => {
    const moderator = await newMember({ role: "moderator" });
    const admin = await newMember({ role: "admin" });
    const member = await newMember();
    expect(await suspend(moderator, moderator)).toEqual({ ok: false, errors: { form: ["moderation.errors.suspendOwn"] } });
    expect(await suspend(moderator, admin)).toEqual({ ok: false, errors: { form: ["moderation.errors.adminByAdminOnly"] } });
    expect(await suspend(member, await newMember())).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await suspend(moderator, "no-such-member")).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    const statuses = await db.select({ status: users.status }).from(users).where(inArray(users.id, [moderator, admin, member]));
    expect(statuses.every((s) => s.status === "verified")).toBe(true);
    // An admin may suspend another admin.
    expect(await suspend(await newMember({ role: "admin" }), admin)).toEqual({ ok: true });
  });
});
