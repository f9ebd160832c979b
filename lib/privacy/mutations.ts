import "server-only";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, Refusal, refusable, type Result } from "@/lib/result";

/** What a deleted member's mentions in other people's comments become (stored text, so one language). */
export const DELETED_MENTION = "@gelöschtes Mitglied";

/**
 * Erases a member's account (GDPR Art. 17): personal data deleted, not flagged.
 *
 * - The users row goes; the foreign keys do the rest: sessions, accounts, registrations, follows,
 *   reactions, notifications, settings, co-authorships and applications are deleted with it
 *   (ON DELETE CASCADE); published solutions stay with their municipality ("ehemaliges Mitglied"),
 *   comments stay in their threads ("gelöschtes Mitglied"), audit entries keep what was done
 *   (ON DELETE SET NULL).
 * - What refers to the person by address or name rather than by key is erased in the same
 *   transaction: sign-in tokens, rate-limit counters, mails to them and jobs for them, invitations to
 *   their address, their inbound reply mails, their drafts nobody else writes, the solution contacts
 *   that name them (now and in every revision: the page then asks the municipality for a new contact),
 *   and their mentions in other people's comments.
 * - The last admin cannot leave: the admin rows are locked first, as for a demotion.
 */
export async function deleteAccount({ memberId }: { memberId: string }): Promise<Result> {
  return refusable(() =>
    db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).orderBy(users.id).for("update");
      const [member] = await tx.select({ email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, memberId)).for("update");
      if (!member) throw new Refusal(fail("form", "errors.privacy.accountGone"));
      if (member.role === "admin") {
        const [other] = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), ne(users.id, memberId))).limit(1);
        if (!other) throw new Refusal(fail("form", "errors.privacy.lastAdmin"));
      }
      const email = (member.email ?? "").toLowerCase();
      const name = member.name ?? "";
      const mention = `@\\[[^\\]]*\\]\\(/members/${memberId.replace(/[^A-Za-z0-9_-]/g, "")}\\)`;

      if (email) {
        await tx.execute(sql`delete from verification_tokens where lower(identifier) = ${email}`);
        await tx.execute(sql`delete from rate_limits where right(lower(key), ${email.length + 1}) = ${":" + email}`);
        await tx.execute(sql`delete from mail_outbox where lower("to") = ${email}`);
        await tx.execute(sql`delete from invitations where email = ${email}`);
      }
      // Exact substrings (position), not LIKE: "_" and "%" in an address must not match other people's jobs.
      await tx.execute(sql`delete from job_outbox where position(${memberId} in payload::text) > 0${email ? sql` or position(${email} in lower(payload::text)) > 0` : sql``}`);
      await tx.execute(sql`delete from inbound_mails where member_id = ${memberId}`);
      // Drafts only they could see; a draft with co-authors stays theirs to finish.
      await tx.execute(sql`
        delete from solutions s where s.author_id = ${memberId} and s.state = 'draft'
          and not exists (select 1 from solution_coauthors sc where sc.solution_id = s.id and sc.user_id <> ${memberId})`);
      // The contact of a solution that named them (by address or by name), now and in every revision.
      const anyOf = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` or `) : sql`false`);
      const contactIsThem = anyOf([...(email ? [sql`lower(contact_email) = ${email}`] : []), ...(name ? [sql`contact_name = ${name}`] : [])]);
      const snapshotContactIsThem = anyOf([
        ...(email ? [sql`lower(snapshot->>'contactEmail') = ${email}`] : []),
        ...(name ? [sql`snapshot->>'contactName' = ${name}`] : []),
      ]);
      await tx.execute(sql`update solutions set contact_name = null, contact_email = null, contact_phone = null, contact_left_at = now() where ${contactIsThem}`);
      await tx.execute(sql`
        update solution_revisions
        set snapshot = snapshot || '{"contactName": null, "contactEmail": null, "contactPhone": null}'::jsonb
        where ${snapshotContactIsThem}`);
      // Mentions in other people's comments and in their earlier versions.
      await tx.execute(sql`update comments set body = regexp_replace(body, ${mention}, ${DELETED_MENTION}, 'g') where body ~ ${mention}`);
      await tx.execute(sql`update comment_revisions set body = regexp_replace(body, ${mention}, ${DELETED_MENTION}, 'g') where body ~ ${mention}`);

      await tx.delete(users).where(eq(users.id, memberId));
      // What happened stays on record without who it was: the id is a random one nobody can look up any more.
      await recordAudit(tx, { actorId: null, action: "member.deleted", targetType: "member", targetId: memberId, before: { role: member.role } });
      return { ok: true as const };
    }),
  );
}
