import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, invitations, mailOutbox, meetupRegistrations, users } from "@/db/schema";
import { createPublished } from "@/lib/meetups/test-fixtures";
import { FELLBACH, newMember, runId, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { acceptInvitation, createInvitations, createMeetupInvitations, revokeInvitation } from "./mutations";
import { getInvitationByToken } from "./queries";
import { inviteInput } from "./schema";
import { hashInvitationToken } from "./tokens";

let counter = 0;
const address = (label: string) => `${label}-${runId}-${++counter}@example.org`;
const input = (emails: string, extra: Record<string, string> = {}) => inviteInput.parse({ emails, municipalityAgs: WAIBLINGEN, ...extra });

/** The token of the newest invitation mail to `email`, read from the outbox as the invitee would. */
async function tokenFromMail(email: string): Promise<string> {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.id)).limit(1);
  const match = mail && /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`no invitation mail to ${email}`);
  return match[1]!;
}

async function signedUp(email: string, status: "pending" | "verified" | "suspended" = "pending") {
  const [row] = await db.insert(users).values({ email, name: `Eingeladen ${counter}`, status, municipalityAgs: FELLBACH }).returning({ id: users.id });
  return row!.id;
}

describe("createInvitations", () => {
  it("invites every valid address of a pasted list, reports members and invalid entries, and mails a link whose token only the hash of is stored", async () => {
    const admin = await newMember({ role: "admin" });
    const member = address("schon-da");
    await signedUp(member, "verified");
    const fresh = [address("neu"), address("neu")];
    const result = await createInvitations({
      inviterId: admin,
      input: input(`${fresh[0]!.toUpperCase()}, ${member}; kein-at-zeichen\n${fresh[1]}\n${fresh[0]}`),
    });
    expect(result).toEqual({
      ok: true,
      report: [
        { email: fresh[0], outcome: "invited" },
        { email: member, outcome: "member" },
        { email: fresh[1], outcome: "invited" },
        { email: "kein-at-zeichen", outcome: "invalid" },
      ],
    });
    const token = await tokenFromMail(fresh[0]!);
    const [row] = await db.select().from(invitations).where(eq(invitations.email, fresh[0]!));
    expect(row).toMatchObject({ municipalityAgs: WAIBLINGEN, role: "member", invitedById: admin, tokenHash: hashInvitationToken(token), acceptedAt: null });
    expect(row!.tokenHash).not.toContain(token);
    const days = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);
    expect(await db.select().from(invitations).where(eq(invitations.email, member))).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, row!.id), eq(auditLog.action, "invitation.created")));
    expect(audit).toMatchObject({ actorId: admin, targetType: "invitation", after: { role: "member", municipalityAgs: WAIBLINGEN, organisationId: null } });
    expect(JSON.stringify(audit)).not.toContain("@");
  });

  it("does not invite an address twice to the same place while the first invitation is open", async () => {
    const organiser = await newMember({ role: "organiser" });
    const email = address("doppelt");
    expect(await createInvitations({ inviterId: organiser, input: input(email) })).toMatchObject({ ok: true, report: [{ email, outcome: "invited" }] });
    expect(await createInvitations({ inviterId: organiser, input: input(email) })).toMatchObject({ ok: true, report: [{ email, outcome: "alreadyInvited" }] });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(1);
  });

  it("invites an address once when two inviters send the same address at the same moment", async () => {
    // On Postgres the two transactions run side by side; on PGlite (one connection) one after the other.
    const [first, second] = [await newMember({ role: "organiser" }), await newMember({ role: "moderator" })];
    const email = address("gleichzeitig");
    const results = await Promise.all([first, second].map((inviterId) => createInvitations({ inviterId, input: input(email) })));
    const outcomes = results.map((r) => (r.ok ? r.report[0]!.outcome : "refused")).sort();
    expect(outcomes).toEqual(["alreadyInvited", "invited"]);
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(1);
  });

  it("lets organisers invite members only, only admins other roles, and members nobody; a refusal writes nothing", async () => {
    const organiser = await newMember({ role: "organiser" });
    const moderator = await newMember({ role: "moderator" });
    const member = await newMember();
    const admin = await newMember({ role: "admin" });
    const email = address("rolle");
    const asModerator = input(email, { role: "moderator" });
    expect(await createInvitations({ inviterId: organiser, input: asModerator })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await createInvitations({ inviterId: moderator, input: asModerator })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await createInvitations({ inviterId: member, input: input(email) })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).toEqual([]);
    expect(await createInvitations({ inviterId: admin, input: asModerator })).toMatchObject({ ok: true, report: [{ outcome: "invited" }] });
  });

  it("lets an admin invite whatever their own membership, but not a pending organiser or a suspended admin", async () => {
    const pendingAdmin = await newMember({ role: "admin", status: "pending", municipalityAgs: null });
    const pendingOrganiser = await newMember({ role: "organiser", status: "pending", municipalityAgs: null });
    const suspendedAdmin = await newMember({ role: "admin", status: "suspended" });
    expect(await createInvitations({ inviterId: pendingAdmin, input: input(address("p")) })).toMatchObject({ ok: true, report: [{ outcome: "invited" }] });
    expect(await createInvitations({ inviterId: pendingOrganiser, input: input(address("p")) })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await createInvitations({ inviterId: suspendedAdmin, input: input(address("p")) })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
  });

  it("refuses a municipality that does not exist, and wants exactly one of municipality and organisation", async () => {
    const admin = await newMember({ role: "admin" });
    expect(await createInvitations({ inviterId: admin, input: input(address("x"), { municipalityAgs: "12345678" }) })).toEqual({
      ok: false,
      errors: { municipalityAgs: ["errors.municipalityUnknown"] },
    });
    const neither = inviteInput.safeParse({ emails: "a@example.org" });
    expect(neither.error?.issues.map((i) => i.message)).toEqual(["invitations.errors.targetRequired"]);
    expect(inviteInput.safeParse({ emails: " ,; \n", municipalityAgs: WAIBLINGEN }).error?.issues.map((i) => i.message)).toEqual(["invitations.errors.emailsRequired"]);
  });
});

describe("acceptInvitation", () => {
  async function invited(role: "member" | "moderator" = "member") {
    const admin = await newMember({ role: "admin" });
    const email = address("annehmen");
    const made = await createInvitations({ inviterId: admin, input: input(email, { role }) });
    expect(made.ok).toBe(true);
    return { email, token: await tokenFromMail(email), admin };
  }
  const person = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

  it("makes the invited person a verified member of the municipality, with the role, once", async () => {
    const { email, token } = await invited("moderator");
    const id = await signedUp(email);
    const result = await acceptInvitation({ userId: id, token });
    expect(result.ok).toBe(true);
    expect(await person(id)).toMatchObject({ status: "verified", municipalityAgs: WAIBLINGEN, role: "moderator" });
    expect((await person(id)).verifiedAt).toBeInstanceOf(Date);
    const [row] = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(row).toMatchObject({ acceptedById: id });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, row!.id), eq(auditLog.action, "invitation.accepted")));
    expect(audit).toMatchObject({ actorId: id, subjectMemberId: id, before: { status: "pending", role: "member" }, after: { status: "verified", role: "moderator", municipalityAgs: WAIBLINGEN } });

    // The second use of the link is refused and changes nothing.
    expect(await acceptInvitation({ userId: id, token })).toEqual({ ok: false, errors: { form: ["invitations.errors.notUsable"] } });
    expect(await db.select().from(auditLog).where(and(eq(auditLog.targetId, row!.id), eq(auditLog.action, "invitation.accepted")))).toHaveLength(1);
    expect((await getInvitationByToken(token))?.state).toBe("accepted");
  });

  it("refuses someone signed in with another address, an expired link, a revoked one and an unknown token alike", async () => {
    const notUsable = { ok: false, errors: { form: ["invitations.errors.notUsable"] } };
    const { email, token } = await invited();
    const other = await signedUp(address("fremd"));
    expect(await acceptInvitation({ userId: other, token })).toEqual(notUsable);
    expect((await person(other)).status).toBe("pending");

    const invitee = await signedUp(email);
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
    expect(await acceptInvitation({ userId: invitee, token })).toEqual(notUsable);
    expect((await getInvitationByToken(token))?.state).toBe("expired");

    const second = await invited();
    const secondId = await signedUp(second.email);
    const [row] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.email, second.email));
    expect(await revokeInvitation({ actorId: second.admin, invitationId: row!.id })).toEqual({ ok: true });
    expect(await acceptInvitation({ userId: secondId, token: second.token })).toEqual(notUsable);
    expect(await acceptInvitation({ userId: secondId, token: "A".repeat(43) })).toEqual(notUsable);
    expect((await person(invitee)).status).toBe("pending");
    expect((await person(secondId)).status).toBe("pending");
  });

  it("refuses a suspended person, and never lowers a higher role", async () => {
    const { email, token } = await invited();
    const suspended = await signedUp(email, "suspended");
    expect((await acceptInvitation({ userId: suspended, token })).ok).toBe(false);
    expect((await person(suspended)).status).toBe("suspended");

    const again = await invited();
    const organiser = await signedUp(again.email);
    await db.update(users).set({ role: "organiser" }).where(eq(users.id, organiser));
    expect((await acceptInvitation({ userId: organiser, token: again.token })).ok).toBe(true);
    expect(await person(organiser)).toMatchObject({ role: "organiser", status: "verified" });
  });
});

describe("revokeInvitation", () => {
  it("lets the organiser who sent it and moderators revoke an open invitation, once, with an audit entry; others are refused", async () => {
    const organiser = await newMember({ role: "organiser" });
    const otherOrganiser = await newMember({ role: "organiser" });
    const member = await newMember();
    const moderator = await newMember({ role: "moderator" });
    const email = address("zurueck");
    await createInvitations({ inviterId: organiser, input: input(email) });
    const [row] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.email, email));
    const refused = { ok: false, errors: { form: ["errors.notFound"] } };
    expect(await revokeInvitation({ actorId: otherOrganiser, invitationId: row!.id })).toEqual(refused);
    expect(await revokeInvitation({ actorId: member, invitationId: row!.id })).toEqual(refused);
    expect(await revokeInvitation({ actorId: organiser, invitationId: row!.id })).toEqual({ ok: true });
    expect(await revokeInvitation({ actorId: moderator, invitationId: row!.id })).toEqual(refused);
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.targetId, row!.id), eq(auditLog.action, "invitation.revoked")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: organiser });

    const second = address("zurueck-mod");
    await createInvitations({ inviterId: organiser, input: input(second) });
    const [other] = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.email, second));
    expect(await revokeInvitation({ actorId: moderator, invitationId: other!.id })).toEqual({ ok: true });
  });
});

describe("meetup guests", () => {
  it("lets the meetup's organiser invite a guest, whom accepting registers for the meetup and leaves pending", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const email = address("gast");
    const existing = address("konto");
    await signedUp(existing);
    expect(await createMeetupInvitations({ inviterId: organiser, meetupId: meetup.id, emails: [email, existing] })).toEqual({
      ok: true,
      report: [
        { email, outcome: "invited" },
        { email: existing, outcome: "member" },
      ],
    });
    const [row] = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(row).toMatchObject({ meetupId: meetup.id, municipalityAgs: null, organisationId: null, role: "member" });
    const token = await tokenFromMail(email);
    const guest = await signedUp(email);
    expect((await acceptInvitation({ userId: guest, token })).ok).toBe(true);
    const registrations = await db.select().from(meetupRegistrations).where(and(eq(meetupRegistrations.meetupId, meetup.id), eq(meetupRegistrations.userId, guest)));
    expect(registrations).toHaveLength(1);
    expect(registrations[0]!.status).toBe("registered");
    const [person] = await db.select().from(users).where(eq(users.id, guest));
    expect(person).toMatchObject({ status: "pending", role: "member" });
  });

  it("refuses members who do not organise the meetup, and writes nothing", async () => {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser);
    const otherOrganiser = await newMember({ role: "organiser" });
    const email = address("gast-fremd");
    expect(await createMeetupInvitations({ inviterId: otherOrganiser, meetupId: meetup.id, emails: [email] })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    expect(await createMeetupInvitations({ inviterId: organiser, meetupId: "not-a-uuid", emails: [email] })).toEqual({ ok: false, errors: { form: ["errors.meetups.notFound"] } });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
  });
});
