import "server-only";
import { and, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { invitations, meetups, municipalities, organisations, users } from "@/db/schema";
import { memberRoles, type MemberRole } from "@/db/schema/member-enums";
import { logger } from "@/lib/log/logger";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, refusable, Refusal, type Result } from "@/lib/result";
import { loadManagedMeetup } from "@/lib/meetups/permissions";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { sendInvitationMail } from "./mail";
import { lockInviter } from "./permissions";
import { INVITATION_DAYS, mayInviteAs } from "./rules";
import { hashInvitationToken, newInvitationToken } from "./tokens";
import { sortAddresses, type InviteInput } from "./schema";

/** What became of each pasted entry. */
export type InvitationOutcome = "invited" | "member" | "alreadyInvited" | "invalid";
export type InvitationReport = { email: string; outcome: InvitationOutcome }[];

const notAllowed = () => fail("form", "errors.notAllowed");

/**
 * Invites every valid address of the list to a municipality or a listed organisation, in one
 * transaction: the inviter's row is read (and share-locked) there, so a role taken away a moment
 * before counts; organisers and moderators invite members only, admins any role. An address that
 * belongs to a verified (or suspended) member, or has an open invitation to the same place, is
 * reported and left alone. Each invitation gets its own random token, of which only the hash is
 * stored; the link goes out by mail once the transaction has committed. One audit entry per
 * invitation, with ids and the role only.
 */
export async function createInvitations({ inviterId, input }: { inviterId: string; input: InviteInput }): Promise<Result<{ report: InvitationReport }>> {
  const { valid, invalid } = sortAddresses(input.emails);
  const outcome = await refusable(() =>
    db.transaction(async (tx) => {
      const inviter = await lockInviter(tx, inviterId);
      if (!inviter || !mayInviteAs(inviter.role, input.role)) throw new Refusal(notAllowed());
      let targetName: string;
      if (input.municipalityAgs) {
        const [row] = await tx.select({ name: municipalities.shortName }).from(municipalities).where(eq(municipalities.ags, input.municipalityAgs));
        if (!row) throw new Refusal(fail("municipalityAgs", "errors.municipalityUnknown"));
        targetName = row.name;
      } else {
        const [row] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId!));
        if (!row) throw new Refusal(fail("organisationId", "invitations.errors.organisationUnknown"));
        targetName = row.name;
      }
      // Two inviters sending the same address at once would each find no open invitation: the
      // addresses are locked for this transaction first (in one order, so two lists cannot deadlock).
      await lockAddresses(tx, valid);
      const members = valid.length
        ? await tx
            .select({ email: sql<string>`lower(${users.email})` })
            .from(users)
            .where(and(inArray(sql`lower(${users.email})`, valid), inArray(users.status, ["verified", "suspended"])))
        : [];
      const open = valid.length
        ? await tx
            .select({ email: invitations.email })
            .from(invitations)
            .where(
              and(
                inArray(invitations.email, valid),
                isNull(invitations.acceptedAt),
                isNull(invitations.revokedAt),
                gt(invitations.expiresAt, sql`now()`),
                input.municipalityAgs ? eq(invitations.municipalityAgs, input.municipalityAgs) : eq(invitations.organisationId, input.organisationId!),
              ),
            )
        : [];
      const memberSet = new Set(members.map((m) => m.email));
      const openSet = new Set(open.map((o) => o.email));
      const report: InvitationReport = [];
      const mails: { email: string; token: string; expiresAt: Date }[] = [];
      for (const email of valid) {
        if (memberSet.has(email)) report.push({ email, outcome: "member" });
        else if (openSet.has(email)) report.push({ email, outcome: "alreadyInvited" });
        else {
          const token = newInvitationToken();
          const [row] = await tx
            .insert(invitations)
            .values({
              email,
              municipalityAgs: input.municipalityAgs ?? null,
              organisationId: input.municipalityAgs ? null : input.organisationId!,
              role: input.role,
              tokenHash: hashInvitationToken(token),
              invitedById: inviterId,
              expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
            })
            .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
          await recordAudit(tx, {
            actorId: inviterId,
            action: "invitation.created",
            targetType: "invitation",
            targetId: row!.id,
            after: { role: input.role, municipalityAgs: input.municipalityAgs ?? null, organisationId: input.municipalityAgs ? null : input.organisationId },
          });
          report.push({ email, outcome: "invited" });
          mails.push({ email, token, expiresAt: row!.expiresAt });
        }
      }
      for (const email of invalid) report.push({ email, outcome: "invalid" });
      const [inviterRow] = await tx.select({ name: users.name }).from(users).where(eq(users.id, inviterId));
      return { report, mails, targetName, inviterName: inviterRow?.name ?? null };
    }),
  );
  if ("ok" in outcome) return outcome;
  for (const [index, mail] of outcome.mails.entries()) {
    try {
      await sendInvitationMail({ ...mail, inviterName: outcome.inviterName, targetName: outcome.targetName, role: input.role });
    } catch {
      // The mail stays in the outbox with the SMTP error (lib/mail/send.ts); the log gets no address.
      logger().warn({ mail: index }, "invitation mail not delivered");
    }
  }
  return { ok: true, report: outcome.report };
}

/**
 * Meetup guests: the meetup's organisers (and admins) invite people who have no account yet to a
 * published meetup. The invitation names only the meetup (role member): accepting registers the
 * guest and leaves them pending. An address that has an account already is reported ("member": they
 * register themselves), as is one with an open invitation to this meetup.
 */
export async function createMeetupInvitations({ inviterId, meetupId, emails }: { inviterId: string; meetupId: string; emails: string[] }): Promise<Result<{ report: InvitationReport }>> {
  const { valid, invalid } = sortAddresses(emails);
  const outcome = await refusable(() =>
    db.transaction(async (tx) => {
      const managed = await loadManagedMeetup(tx, meetupId, inviterId);
      if (!managed.ok) throw new Refusal(managed);
      if (managed.meetup.state !== "published" || managed.meetup.startsAt <= new Date()) throw new Refusal(fail("form", "invitations.errors.meetupNotOpen"));
      const [meetup] = await tx.select({ title: meetups.title }).from(meetups).where(eq(meetups.id, meetupId));
      await lockAddresses(tx, valid);
      const known = valid.length ? await tx.select({ email: sql<string>`lower(${users.email})` }).from(users).where(inArray(sql`lower(${users.email})`, valid)) : [];
      const open = valid.length
        ? await tx
            .select({ email: invitations.email })
            .from(invitations)
            .where(and(inArray(invitations.email, valid), eq(invitations.meetupId, meetupId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)))
        : [];
      const knownSet = new Set(known.map((k) => k.email));
      const openSet = new Set(open.map((o) => o.email));
      const report: InvitationReport = [];
      const mails: { email: string; token: string; expiresAt: Date }[] = [];
      for (const email of valid) {
        if (knownSet.has(email)) report.push({ email, outcome: "member" });
        else if (openSet.has(email)) report.push({ email, outcome: "alreadyInvited" });
        else {
          const token = newInvitationToken();
          const [row] = await tx
            .insert(invitations)
            .values({ email, meetupId, role: "member", tokenHash: hashInvitationToken(token), invitedById: inviterId, expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})` })
            .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
          await recordAudit(tx, { actorId: inviterId, action: "invitation.created", targetType: "invitation", targetId: row!.id, after: { role: "member", meetupId } });
          report.push({ email, outcome: "invited" });
          mails.push({ email, token, expiresAt: row!.expiresAt });
        }
      }
      for (const email of invalid) report.push({ email, outcome: "invalid" });
      const [inviterRow] = await tx.select({ name: users.name }).from(users).where(eq(users.id, inviterId));
      return { report, mails, title: meetup!.title, inviterName: inviterRow?.name ?? null };
    }),
  );
  if ("ok" in outcome) return outcome;
  for (const [index, mail] of outcome.mails.entries()) {
    try {
      await sendInvitationMail({ ...mail, inviterName: outcome.inviterName, targetName: outcome.title, role: "member", meetup: true });
    } catch {
      logger().warn({ mail: index }, "invitation mail not delivered");
    }
  }
  return { ok: true, report: outcome.report };
}

/**
 * Takes back an open invitation: its link stops working. Organisers revoke the invitations they
 * sent, moderators and admins any; the rule is part of the UPDATE, which also only matches an
 * invitation nobody accepted or revoked yet. Refused alike whether the invitation does not exist
 * or the caller may not touch it.
 */
export async function revokeInvitation({ actorId, invitationId }: { actorId: string; invitationId: string }): Promise<Result> {
  const done = await db.transaction(async (tx) => {
    const actor = await lockInviter(tx, actorId);
    if (!actor || !mayInviteAs(actor.role, "member")) return false;
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(invitations.id, invitationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          actor.role === "organiser" ? eq(invitations.invitedById, actorId) : undefined,
        ),
      )
      .returning({ id: invitations.id });
    if (!row) return false;
    await recordAudit(tx, { actorId, action: "invitation.revoked", targetType: "invitation", targetId: row.id, before: { state: "open" }, after: { state: "revoked" } });
    return true;
  });
  return done ? { ok: true } : fail("form", "errors.notFound");
}

const rank = (role: MemberRole) => memberRoles.indexOf(role);

/**
 * The signed-in person accepts the invitation of the link. One transaction: the UPDATE of the
 * invitation matches only when the token's hash is known, the link has not expired, nobody
 * accepted or revoked it, and the invited address is the signed-in person's own (who is not
 * suspended); then the person becomes a verified member of the municipality or organisation, with
 * the invited role when it is higher than the one they have. Every refusal is the same message.
 */
export async function acceptInvitation({ userId, token }: { userId: string; token: string }): Promise<Result<{ invitationId: string }>> {
  const refused = fail("form", "invitations.errors.notUsable");
  const accepted = await refusable(() =>
    db.transaction(async (tx) => {
      const [person] = await tx
        .select({ status: users.status, role: users.role, email: users.email, municipalityAgs: users.municipalityAgs, organisationId: users.organisationId })
        .from(users)
        .where(eq(users.id, userId))
        .for("update");
      if (!person || person.status === "suspended" || !person.email) throw new Refusal(refused);
      const [invitation] = await tx
        .update(invitations)
        .set({ acceptedAt: sql`now()`, acceptedById: userId })
        .where(
          and(
            eq(invitations.tokenHash, hashInvitationToken(token)),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, sql`now()`),
            eq(invitations.email, sql`(select lower(${users.email}) from ${users} where ${users.id} = ${userId} and ${users.status} <> 'suspended')`),
          ),
        )
        .returning();
      if (!invitation) throw new Refusal(refused);
      const names = invitation.municipalityAgs !== null || invitation.organisationId !== null;
      const role = rank(invitation.role) > rank(person.role) ? invitation.role : person.role;
      if (names) {
        await tx
          .update(users)
          .set({
            status: "verified",
            verifiedAt: sql`coalesce(${users.verifiedAt}, now())`,
            municipalityAgs: invitation.municipalityAgs,
            organisationId: invitation.organisationId,
            role,
            updatedAt: new Date(),
          })
          .where(and(eq(users.id, userId), or(eq(users.status, "pending"), eq(users.status, "verified"))));
      }
      await recordAudit(tx, {
        actorId: userId,
        action: "invitation.accepted",
        targetType: "invitation",
        targetId: invitation.id,
        subjectMemberId: userId,
        before: { status: person.status, role: person.role, municipalityAgs: person.municipalityAgs, organisationId: person.organisationId },
        after: names
          ? { status: "verified", role, municipalityAgs: invitation.municipalityAgs, organisationId: invitation.organisationId }
          : { status: person.status, role: person.role },
      });
      return { ok: true as const, invitationId: invitation.id, meetupId: invitation.meetupId };
    }),
  );
  if (!accepted.ok) return accepted;
  // A meetup invitation registers the guest (or puts them on the waitlist) with the registration's
  // own rules and transaction; the invitation is used either way, and the meetup page says where they stand.
  if (accepted.meetupId) await registerForMeetup({ meetupId: accepted.meetupId, userId, note: undefined, listPublicly: false });
  return { ok: true, invitationId: accepted.invitationId };
}

/** Serialises invitations to the same addresses until the transaction ends (sorted: no deadlock). */
async function lockAddresses(tx: Executor, emails: string[]) {
  for (const email of [...emails].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invitation:${email}`}, 0))`);
  }
}
