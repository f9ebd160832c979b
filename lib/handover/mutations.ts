import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { solutionRevisions, solutions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { fail, refusable, Refusal, type Result } from "@/lib/result";
import { loadSnapshot } from "@/lib/solutions/revisions";
import { enqueueHandoverMails, type HandoverCounts } from "./jobs";
import { handoverAllowed, memberOfSolutionMunicipality } from "./permissions";

const refuse = (key: string) => new Refusal(fail("form", key));

/** postgres.js returns the rows of a raw statement as an array, PGlite as `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * A new state of a published solution whose contact changed: the version goes up and the revision
 * history gets the new contact as a version of its own; earlier versions keep who they named.
 */
async function recordContactChange(tx: Executor, solutionIds: string[], editorId: string) {
  if (solutionIds.length === 0) return;
  const bumped = await tx
    .update(solutions)
    .set({ version: sql`${solutions.version} + 1`, updatedById: editorId, updatedAt: new Date() })
    .where(and(inArray(solutions.id, solutionIds), eq(solutions.state, "published")))
    .returning({ id: solutions.id, version: solutions.version });
  for (const row of bumped) {
    const snapshot = await loadSnapshot(tx, row.id);
    if (snapshot) await tx.insert(solutionRevisions).values({ solutionId: row.id, version: row.version, editorId, snapshot });
  }
}

/**
 * Hands a leaving member's contributions to another verified member of their municipality, in one
 * transaction: authorship of their solutions, their co-authorships (dropped where the successor
 * already is author or co-author), the meetups they created or organise (likewise) and the contact
 * role of every solution that names their address (the successor's name and address; their phone
 * only if their profile shows it). The actor is the leaver or an admin; both rules are part of every
 * write (permissions.ts). Both members are mailed and the audit log records the counts.
 */
export async function handOver({ actorId, fromId, toId }: { actorId: string; fromId: string; toId: string }): Promise<Result<{ counts: HandoverCounts }>> {
  if (fromId === toId) return fail("toId", "handover.errors.sameMember");
  return refusable(() =>
    db.transaction(async (tx) => {
      const allowed = handoverAllowed(actorId, fromId, toId);
      // Both rows locked: a suspension or a change of municipality waits until the handover is done.
      const locked = await tx
        .select({ id: users.id, email: users.email, name: users.name, phone: users.phone, showPhone: users.showPhone, municipalityAgs: users.municipalityAgs })
        .from(users)
        .where(and(inArray(users.id, [fromId, toId]), allowed))
        .orderBy(users.id)
        .for("update");
      const leaver = locked.find((u) => u.id === fromId);
      const successor = locked.find((u) => u.id === toId);
      // Unknown leaver, other municipality, pending or suspended successor, someone else's contributions: all alike.
      if (!leaver || !successor) throw refuse("handover.errors.notAllowed");

      const authored = await tx.execute(sql`
        update solutions set author_id = ${toId}, updated_at = now()
        where author_id = ${fromId} and ${allowed} returning id`);
      const authoredIds = rowsOf<{ id: string }>(authored).map((r) => r.id);
      // The successor now writes these as author; a co-authorship of theirs there would be a duplicate.
      if (authoredIds.length > 0) {
        await tx.execute(sql`delete from solution_coauthors where user_id = ${toId} and solution_id in (${sql.join(authoredIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
      }
      const coauthorDuplicates = await tx.execute(sql`
        delete from solution_coauthors sc
        where sc.user_id = ${fromId} and ${allowed}
          and (exists (select 1 from solutions s where s.id = sc.solution_id and s.author_id = ${toId})
            or exists (select 1 from solution_coauthors o where o.solution_id = sc.solution_id and o.user_id = ${toId}))
        returning sc.solution_id`);
      const coauthorMoved = await tx.execute(sql`
        update solution_coauthors set user_id = ${toId} where user_id = ${fromId} and ${allowed} returning solution_id`);

      const created = await tx.execute(sql`
        update meetups set created_by_id = ${toId} where created_by_id = ${fromId} and ${allowed} returning id`);
      const organiserDuplicates = await tx.execute(sql`
        delete from meetup_organisers mo
        where mo.user_id = ${fromId} and ${allowed}
          and exists (select 1 from meetup_organisers o where o.meetup_id = mo.meetup_id and o.user_id = ${toId})
        returning mo.meetup_id`);
      const organiserMoved = await tx.execute(sql`
        update meetup_organisers set user_id = ${toId} where user_id = ${fromId} and ${allowed} returning meetup_id`);
      const meetupIds = new Set([
        ...rowsOf<{ id: string }>(created).map((r) => r.id),
        ...rowsOf<{ meetup_id: string }>(organiserDuplicates).map((r) => r.meetup_id),
        ...rowsOf<{ meetup_id: string }>(organiserMoved).map((r) => r.meetup_id),
      ]);

      // The contact role for their own municipality's solutions only: elsewhere the successor speaks for no one.
      let contactIds: string[] = [];
      const leaverEmail = (leaver.email ?? "").toLowerCase();
      if (leaverEmail) {
        const contacts = await tx.execute(sql`
          update solutions
          set contact_name = ${successor.name}, contact_email = ${successor.email},
              contact_phone = ${successor.showPhone && successor.phone ? successor.phone : null}, contact_left_at = null
          where lower(contact_email) = ${leaverEmail} and municipality_ags = ${leaver.municipalityAgs} and ${allowed}
          returning id`);
        contactIds = rowsOf<{ id: string }>(contacts).map((r) => r.id);
        await recordContactChange(tx, contactIds, actorId);
      }

      const counts: HandoverCounts = {
        solutions: authoredIds.length,
        coauthorships: rowsOf(coauthorDuplicates).length + rowsOf(coauthorMoved).length,
        meetups: meetupIds.size,
        contacts: contactIds.length,
      };
      await recordAudit(tx, {
        actorId,
        action: "member.handover",
        targetType: "member",
        targetId: fromId,
        subjectMemberId: fromId,
        before: { memberId: fromId, ...counts },
        after: { memberId: toId, ...counts },
      });
      await enqueueHandoverMails(tx, { fromId, toId, counts });
      return { ok: true as const, counts };
    }),
  );
}

/**
 * "Ich übernehme": a verified member of the solution's municipality becomes the contact of a
 * published solution whose contact left. Both conditions are part of the write; the change is a
 * new version with its own revision.
 */
export async function takeOverContact({ memberId, slug }: { memberId: string; slug: string }): Promise<Result> {
  return refusable(() =>
    db.transaction(async (tx) => {
      const [member] = await tx
        .select({ name: users.name, email: users.email, phone: users.phone, showPhone: users.showPhone })
        .from(users)
        .where(and(eq(users.id, memberId), eq(users.status, "verified")))
        .for("share");
      if (!member) throw refuse("handover.errors.notAllowed");
      const [row] = await tx
        .update(solutions)
        .set({
          contactName: member.name,
          contactEmail: member.email,
          contactPhone: member.showPhone && member.phone ? member.phone : null,
          contactLeftAt: null,
        })
        .where(
          and(
            eq(solutions.slug, slug),
            eq(solutions.state, "published"),
            sql`${solutions.contactLeftAt} is not null and ${solutions.hiddenAt} is null`,
            memberOfSolutionMunicipality(memberId),
          ),
        )
        .returning({ id: solutions.id });
      if (!row) throw refuse("handover.errors.notAllowed");
      await recordContactChange(tx, [row.id], memberId);
      return { ok: true as const };
    }),
  );
}
