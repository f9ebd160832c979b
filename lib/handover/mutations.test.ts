import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, jobOutbox, mailOutbox, meetupOrganisers, meetups, solutionCoauthors, solutionRevisions, solutions, users } from "@/db/schema";
import { runDueJobs } from "@/lib/jobs/worker";
import { createPublished } from "@/lib/meetups/test-fixtures";
import { addCoauthor, createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { HANDOVER_MAIL_JOB } from "./jobs";
import { sendHandoverMailJob } from "./mail";
import { handOver, takeOverContact } from "./mutations";
import { handoverSummary, listSuccessors } from "./queries";

let counter = 0;
const emailOf = async (id: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, id)))[0]!.email!;

async function solutionBy(authorId: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  const made = await createSolution({ authorId, input: solutionFormInput({ title: `Übergabe ${counter} ${runId}`, ...overrides }) });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made;
}
const rowOf = async (id: string) => (await db.select().from(solutions).where(eq(solutions.id, id)))[0]!;
const coauthorsOf = async (id: string) =>
  (await db.select({ userId: solutionCoauthors.userId }).from(solutionCoauthors).where(eq(solutionCoauthors.solutionId, id))).map((r) => r.userId).sort();
const refused = { ok: false, errors: { form: ["handover.errors.notAllowed"] } };

describe("handOver", () => {
  it("moves authorship, co-authorships, meetups and the contact role in one step, with mails and an audit entry", async () => {
    const leaver = await newMember({ role: "organiser" });
    const successor = await newMember();
    const other = await newMember();
    await db.update(users).set({ phone: "0711 123456", showPhone: true }).where(eq(users.id, successor));
    const leaverEmail = await emailOf(leaver);

    // Authored, with the successor as co-author (must not stay a duplicate) and the leaver as contact.
    const own = await solutionBy(leaver, { contactName: "Leaver", contactEmail: leaverEmail.toUpperCase(), contactPhone: "0711 999" });
    expect((await addCoauthor({ authorId: leaver, slug: own.slug, coauthorId: successor })).ok).toBe(true);
    // Co-authored with someone else; and one where the successor is already co-author.
    const coWritten = await solutionBy(other);
    await addCoauthor({ authorId: other, slug: coWritten.slug, coauthorId: leaver });
    const both = await solutionBy(other);
    await addCoauthor({ authorId: other, slug: both.slug, coauthorId: leaver });
    await addCoauthor({ authorId: other, slug: both.slug, coauthorId: successor });
    const meetup = await createPublished(leaver);

    expect(await handoverSummary(leaver)).toEqual({ solutions: 1, coauthorships: 2, meetups: 1, contacts: 1 });
    expect((await listSuccessors(leaver)).map((s) => s.id)).toContain(successor);

    const versionBefore = (await rowOf(own.id)).version;
    const result = await handOver({ actorId: leaver, fromId: leaver, toId: successor });
    expect(result).toEqual({ ok: true, counts: { solutions: 1, coauthorships: 2, meetups: 1, contacts: 1 } });

    const moved = await rowOf(own.id);
    expect(moved).toMatchObject({ authorId: successor, contactEmail: await emailOf(successor), contactPhone: "0711 123456", contactLeftAt: null });
    expect(moved.contactName).toMatch(/^Testperson/);
    expect(moved.version).toBe(versionBefore + 1);
    expect(await coauthorsOf(own.id)).toEqual([]);
    expect(await coauthorsOf(coWritten.id)).toEqual([successor]);
    expect(await coauthorsOf(both.id)).toEqual([successor]);
    const [m] = await db.select({ createdById: meetups.createdById }).from(meetups).where(eq(meetups.id, meetup.id));
    expect(m!.createdById).toBe(successor);
    expect((await db.select().from(meetupOrganisers).where(eq(meetupOrganisers.meetupId, meetup.id))).map((r) => r.userId)).toEqual([successor]);
    expect(await handoverSummary(leaver)).toEqual({ solutions: 0, coauthorships: 0, meetups: 0, contacts: 0 });

    // History stays honest: the earlier version still names the leaver, the new one the successor.
    const revisions = await db.select().from(solutionRevisions).where(eq(solutionRevisions.solutionId, own.id)).orderBy(solutionRevisions.version);
    expect(revisions.at(0)!.snapshot.contactEmail).toBe(leaverEmail.toUpperCase());
    expect(revisions.at(-1)).toMatchObject({ version: moved.version, editorId: leaver });
    expect(revisions.at(-1)!.snapshot.contactEmail).toBe(await emailOf(successor));

    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "member.handover"), eq(auditLog.targetId, leaver)));
    expect(entry).toMatchObject({ actorId: leaver, subjectMemberId: leaver, after: { memberId: successor, solutions: 1, coauthorships: 2, meetups: 1, contacts: 1 } });
    expect(JSON.stringify(entry)).not.toContain("@");

    while ((await runDueJobs({ [HANDOVER_MAIL_JOB]: sendHandoverMailJob }, { limit: 100 })).claimed > 0);
    const [toLeaver] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, leaverEmail));
    const [toSuccessor] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, await emailOf(successor)));
    expect(toLeaver!.subject).toMatch(/^Ihre Beiträge wurden an Testperson \d+ übergeben$/);
    expect(toLeaver!.text).toContain("1 Umsetzungsbeispiel als Autorin oder Autor");
    expect(toSuccessor!.subject).toMatch(/^Sie haben die Beiträge von Testperson \d+ übernommen$/);
    expect(toSuccessor!.text).toContain("2 Mitautorschaften");
  });

  it("hands over the contact role only for the leaver's own municipality's solutions", async () => {
    const leaver = await newMember();
    const successor = await newMember();
    const neighbour = await newMember({ municipalityAgs: WAIBLINGEN });
    const leaverEmail = await emailOf(leaver);
    // A Waiblingen solution that names the Fellbach leaver as its contact: the successor speaks for no one there.
    const elsewhere = await solutionBy(neighbour, { municipalityAgs: WAIBLINGEN, contactName: "Leaver", contactEmail: leaverEmail });
    expect((await handoverSummary(leaver)).contacts).toBe(0);
    expect(await handOver({ actorId: leaver, fromId: leaver, toId: successor })).toEqual({ ok: true, counts: { solutions: 0, coauthorships: 0, meetups: 0, contacts: 0 } });
    expect(await rowOf(elsewhere.id)).toMatchObject({ contactEmail: leaverEmail, contactName: "Leaver" });
  });

  it("writes the successor's mail in English when they use the site in English", async () => {
    const leaver = await newMember();
    const successor = await newMember();
    await db.update(users).set({ locale: "en" }).where(eq(users.id, successor));
    await solutionBy(leaver);
    expect((await handOver({ actorId: leaver, fromId: leaver, toId: successor })).ok).toBe(true);
    while ((await runDueJobs({ [HANDOVER_MAIL_JOB]: sendHandoverMailJob }, { limit: 100 })).claimed > 0);
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, await emailOf(successor)));
    expect(mail!.subject).toMatch(/^You took over the contributions of Testperson \d+$/);
    expect(mail!.text).toContain("/en/me");
  });

  it("refuses a successor from another municipality, a pending or suspended one, and the leaver themself; writes nothing", async () => {
    const leaver = await newMember();
    const own = await solutionBy(leaver);
    const elsewhere = await newMember({ municipalityAgs: WAIBLINGEN });
    const pending = await newMember({ municipalityAgs: FELLBACH, status: "pending" });
    const suspended = await newMember({ status: "suspended" });
    for (const toId of [elsewhere, pending, suspended]) {
      expect(await handOver({ actorId: leaver, fromId: leaver, toId })).toEqual(refused);
    }
    expect(await handOver({ actorId: leaver, fromId: leaver, toId: leaver })).toEqual({ ok: false, errors: { toId: ["handover.errors.sameMember"] } });
    expect(await handOver({ actorId: leaver, fromId: leaver, toId: "no-such-member" })).toEqual(refused);
    expect((await rowOf(own.id)).authorId).toBe(leaver);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "member.handover"), eq(auditLog.targetId, leaver)))).toEqual([]);
    const jobs = await db.select().from(jobOutbox).where(eq(jobOutbox.kind, HANDOVER_MAIL_JOB));
    expect(jobs.filter((j) => JSON.stringify(j.payload).includes(leaver))).toEqual([]);
    expect((await listSuccessors(leaver)).map((s) => s.id)).not.toEqual(expect.arrayContaining([elsewhere]));
    expect((await listSuccessors(leaver)).map((s) => s.id)).not.toContain(pending);
    expect((await listSuccessors(leaver)).map((s) => s.id)).not.toContain(suspended);
  });

  it("lets an admin act for a member, but not another member or a moderator; a suspended leaver cannot act themself", async () => {
    const leaver = await newMember();
    const successor = await newMember();
    const own = await solutionBy(leaver);
    const colleague = await newMember();
    const moderator = await newMember({ role: "moderator" });
    expect(await handOver({ actorId: colleague, fromId: leaver, toId: colleague })).toEqual(refused);
    expect(await handOver({ actorId: moderator, fromId: leaver, toId: successor })).toEqual(refused);
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, leaver));
    expect(await handOver({ actorId: leaver, fromId: leaver, toId: successor })).toEqual(refused);
    expect((await rowOf(own.id)).authorId).toBe(leaver);

    const admin = await newMember({ role: "admin", municipalityAgs: WAIBLINGEN });
    expect(await handOver({ actorId: admin, fromId: leaver, toId: successor })).toMatchObject({ ok: true, counts: { solutions: 1 } });
    expect((await rowOf(own.id)).authorId).toBe(successor);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "member.handover"), eq(auditLog.targetId, leaver)));
    expect(entry).toMatchObject({ actorId: admin, subjectMemberId: leaver });
  });
});

describe("takeOverContact", () => {
  it("makes a verified member of the solution's municipality the contact of a solution whose contact left", async () => {
    const author = await newMember();
    const made = await solutionBy(author);
    await db.update(solutions).set({ contactName: null, contactEmail: null, contactPhone: null, contactLeftAt: new Date() }).where(eq(solutions.id, made.id));
    const before = await rowOf(made.id);
    const outsider = await newMember({ municipalityAgs: WAIBLINGEN });
    const pending = await newMember({ municipalityAgs: FELLBACH, status: "pending" });
    expect(await takeOverContact({ memberId: outsider, slug: made.slug })).toEqual(refused);
    expect(await takeOverContact({ memberId: pending, slug: made.slug })).toEqual(refused);
    expect(await takeOverContact({ memberId: outsider, slug: "no-such-solution" })).toEqual(refused);

    const colleague = await newMember();
    expect(await takeOverContact({ memberId: colleague, slug: made.slug })).toEqual({ ok: true });
    const after = await rowOf(made.id);
    expect(after).toMatchObject({ contactEmail: await emailOf(colleague), contactLeftAt: null, contactPhone: null, version: before.version + 1 });
    const revisions = await db.select().from(solutionRevisions).where(and(eq(solutionRevisions.solutionId, made.id), inArray(solutionRevisions.version, [after.version])));
    expect(revisions[0]!.snapshot.contactEmail).toBe(await emailOf(colleague));
    // Once taken over, the contact has not left any more: a second member cannot take it.
    expect(await takeOverContact({ memberId: await newMember(), slug: made.slug })).toEqual(refused);
  });
});
