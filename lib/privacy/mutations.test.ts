import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { comments, invitations, inboundMails, memberExpertise, rateLimits, solutions, users, verificationTokens } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { createComment, updateComment } from "@/lib/discussion/mutations";
import { setHelpful } from "@/lib/discussion/reaction-mutations";
import { setFollow } from "@/lib/follows/mutations";
import { enqueueJob } from "@/lib/jobs/queue";
import { sendMail } from "@/lib/mail/send";
import { updateProfileDetails } from "@/lib/members/profile-mutations";
import { profileDetailsExtraInput } from "@/lib/members/profile-schema";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createPublished } from "@/lib/meetups/test-fixtures";
import { createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { DELETED_MENTION, deleteAccount } from "./mutations";
import { exportMemberData } from "./queries";

const name = `Erika Löschbar ${runId}`;
const bystanderEmail = `erikax${runId}@test.kommunalnetz.invalid`;
let memberId: string;
let email: string;
let otherId: string;
let publishedSlug: string;
let publishedId: string;
let draftId: string;
let replyId: string;

beforeAll(async () => {
  memberId = await newMember({ name });
  otherId = await newMember({ name: `Bleibt ${runId}` });
  // An underscore in the address: a LIKE pattern would take it for "any character".
  email = `erika_${runId}@test.kommunalnetz.invalid`;
  await db.update(users).set({ email }).where(eq(users.id, memberId));

  // A published solution that names them as its contact, and a draft nobody else writes.
  const published = await createSolution({
    authorId: memberId,
    input: solutionFormInput({ title: `Löschtest veröffentlicht ${runId}`, contactName: name, contactEmail: email }),
  });
  if (!published.ok) throw new Error(JSON.stringify(published.errors));
  publishedSlug = published.slug;
  publishedId = published.id;
  const draft = await createSolution({ authorId: memberId, input: solutionFormInput({ title: `Löschtest Entwurf ${runId}`, intent: "draft" }) });
  if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
  draftId = draft.id;

  // Discussion: their comment, another member's reply that mentions them (edited, so a revision keeps the mention too).
  const own = await createComment({ authorId: memberId, subject: { solutionId: publishedId }, body: `Mein Kommentar ${runId}` });
  if (!own.ok) throw new Error(JSON.stringify(own.errors));
  const reply = await createComment({
    authorId: otherId,
    subject: { solutionId: publishedId },
    parentId: own.comment.id,
    body: `Danke @[${name}](/members/${memberId}) für den Hinweis`,
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  replyId = reply.comment.id;
  const edited = await updateComment({ editorId: otherId, commentId: replyId, body: `Danke @[${name}](/members/${memberId}), sehr hilfreich` });
  if (!edited.ok) throw new Error(JSON.stringify(edited.errors));

  // A meetup registration, a follow, a reaction.
  const organiserId = await newMember({ role: "organiser" });
  const meetup = await createPublished(organiserId);
  const registered = await registerForMeetup({ meetupId: meetup.id, userId: memberId, note: `Notiz von ${name}`, listPublicly: true });
  if (!registered.ok) throw new Error(JSON.stringify(registered));
  await setFollow({ memberId, target: "municipality", targetId: FELLBACH, follow: true });
  await setHelpful({ memberId, subject: { commentId: replyId }, helpful: true });

  // What refers to them by address rather than by key.
  await sendMail({ to: email, subject: `Hallo ${name}`, text: `Guten Tag ${name}` });
  await enqueueJob(db, { kind: "privacy-test", payload: { memberId, email } });
  // Someone else's job whose address differs only where theirs has the underscore: it stays.
  await enqueueJob(db, { kind: "privacy-test", payload: { email: bystanderEmail } });
  await db.insert(verificationTokens).values({ identifier: email, token: `privacy-${runId}`, expires: new Date(Date.now() + 60_000) });
  await db.insert(rateLimits).values({ key: `signin-email:${email}`, points: 1, expire: new Date(Date.now() + 60_000) });
  await db.insert(invitations).values({
    email,
    municipalityAgs: FELLBACH,
    tokenHash: `privacy-${runId}`,
    invitedById: otherId,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await db.insert(inboundMails).values({ messageId: `<privacy-${runId}@test>`, memberId, outcome: "posted" });
  await recordAudit(db, { actorId: otherId, action: "member.status_changed", targetType: "member", targetId: memberId, subjectMemberId: memberId, after: { status: "verified" } });
  // Profile details (/settings/profile): bio and software naming them, a phone, expertise rows.
  const profiled = await updateProfileDetails({
    memberId,
    input: profileDetailsExtraInput.parse({ bio: `Ich bin ${name}`, phone: "0711 424242", showPhone: "on", software: `Fachverfahren von ${name}`, themenfeldIds: ["8"], serviceIds: ["10092"] }),
  });
  if (!profiled.ok) throw new Error(JSON.stringify(profiled.errors));
});

/** Every text, JSON and array column of every table in which `needle` occurs (case-insensitive, as an exact substring). */
async function placesHolding(needle: string): Promise<string[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(sql`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'USER-DEFINED')
    order by 1, 2`);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [hit] = await queryRows<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where position(${needle.toLowerCase()} in lower(${sql.identifier(column_name)}::text)) > 0`,
    );
    if ((hit?.n ?? 0) > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe("the data export (GDPR Art. 15/20)", () => {
  it("holds everything tied to the member, found through the database's own foreign keys, and no secrets", async () => {
    const data = await exportMemberData(memberId);
    expect(data?.member.email).toBe(email);
    const keys = Object.keys(data!.tables);
    expect(data?.member).toMatchObject({ bio: `Ich bin ${name}`, phone: "0711 424242", expertiseSoftware: [`Fachverfahren von ${name}`] });
    expect(data!.tables["member_expertise.user_id"]).toHaveLength(2);
    for (const key of ["solutions.author_id", "comments.author_id", "meetup_registrations.user_id", "follows.member_id", "reactions.member_id", "audit_log.subject_member_id", "mail_outbox.to"]) {
      expect(keys).toContain(key);
    }
    expect(data!.tables["comments.author_id"]!.map((c) => c.body)).toContain(`Mein Kommentar ${runId}`);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/session_token|access_token|token_hash/);
  });
});

describe("deleting an account (GDPR Art. 17)", () => {
  it("leaves no row holding the member's e-mail address or name anywhere in the database", async () => {
    expect(await placesHolding(email)).not.toEqual([]);
    expect(await placesHolding(name)).not.toEqual([]);
    const result = await deleteAccount({ memberId });
    expect(result).toEqual({ ok: true });
    expect(await placesHolding(email)).toEqual([]);
    expect(await placesHolding(name)).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, memberId))).toEqual([]);
    expect(await db.select().from(memberExpertise).where(eq(memberExpertise.userId, memberId))).toEqual([]);
    expect(await placesHolding("0711 424242")).toEqual([]);
    expect(await placesHolding(bystanderEmail)).toEqual(["job_outbox.payload"]);
  });

  it("keeps the published solution with its municipality, without author or contact, and asks for a new contact", async () => {
    const [kept] = await db.select().from(solutions).where(eq(solutions.slug, publishedSlug));
    expect(kept?.authorId).toBeNull();
    expect(kept?.municipalityAgs).toBe(FELLBACH);
    expect(kept?.contactName).toBeNull();
    expect(kept?.contactLeftAt).not.toBeNull();
    expect(await db.select().from(solutions).where(eq(solutions.id, draftId))).toEqual([]);
  });

  it("keeps their comment in the thread without author, and other members' mentions of them read 'gelöschtes Mitglied'", async () => {
    const thread = await db.select({ id: comments.id, authorId: comments.authorId, body: comments.body }).from(comments).where(eq(comments.solutionId, publishedId));
    expect(thread).toHaveLength(2);
    expect(thread.find((c) => c.body === `Mein Kommentar ${runId}`)?.authorId).toBeNull();
    expect(thread.find((c) => c.id === replyId)?.body).toBe(`Danke ${DELETED_MENTION}, sehr hilfreich`);
  });

  it("answers a second deletion (a double submit) with a refusal, not an error", async () => {
    const again = await deleteAccount({ memberId });
    expect(again.ok).toBe(false);
  });
});
