import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { fail, type Result } from "@/lib/result";
import type { HelpfulSubject } from "./reaction-schema";

// The drivers disagree on the shape of a raw result (an array vs. `{ rows }`).
async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown;
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** Members with a complete profile may react; everyone else is refused like an unknown subject. */
const memberMayReact = (memberId: string) =>
  sql`exists (select 1 from users u where u.id = ${memberId} and u.name is not null and u.municipality_ags is not null)`;

/** A published solution; a comment that is not deleted on a published solution or a published/cancelled meetup. */
function visibleSubject(subject: HelpfulSubject): SQL {
  if ("solutionId" in subject) return sql`exists (select 1 from solutions s where s.id = ${subject.solutionId} and s.state = 'published')`;
  return sql`exists (
    select 1 from comments c
    left join solutions s on s.id = c.solution_id
    left join meetups m on m.id = c.meetup_id
    where c.id = ${subject.commentId} and c.deleted_at is null
      and (s.state = 'published' or m.state in ('published', 'cancelled')))`;
}

function parts(subject: HelpfulSubject) {
  return "solutionId" in subject
    ? { table: sql`solutions`, column: sql`solution_id`, id: subject.solutionId }
    : { table: sql`comments`, column: sql`comment_id`, id: subject.commentId };
}

export type HelpfulState = { helpful: boolean; count: number };

/**
 * Sets the member's "Hilfreich" on a solution or comment to `helpful` and returns the new state.
 * Race-safe without locks: the partial unique indexes let only one row per member and subject in
 * (`on conflict do nothing returning` says whether this call added it), `delete … returning` says
 * whether this call removed it, and only then does the count change, in the same transaction.
 * Unknown, draft, deleted or forged subjects — and members without a complete profile — get
 * "not found", checked in the SQL of the write.
 */
export async function setHelpful(options: { memberId: string; subject: HelpfulSubject; helpful: boolean }): Promise<Result<HelpfulState>> {
  const { memberId, subject, helpful } = options;
  const { table, column, id } = parts(subject);
  return db.transaction(async (tx) => {
    let changed: boolean;
    if (helpful) {
      const inserted = await rows<{ one: number }>(
        tx,
        sql`insert into reactions (member_id, ${column})
            select ${memberId}, ${id} where ${visibleSubject(subject)} and ${memberMayReact(memberId)}
            on conflict do nothing returning 1 as one`,
      );
      changed = inserted.length > 0;
    } else {
      const deleted = await rows<{ one: number }>(
        tx,
        sql`delete from reactions where member_id = ${memberId} and ${column} = ${id}
              and ${visibleSubject(subject)} and ${memberMayReact(memberId)}
            returning 1 as one`,
      );
      changed = deleted.length > 0;
    }
    if (changed) {
      const [row] = await rows<{ count: number }>(
        tx,
        sql`update ${table} set helpful_count = greatest(helpful_count + ${helpful ? 1 : -1}, 0) where id = ${id} returning helpful_count as count`,
      );
      return { ok: true as const, helpful, count: Number(row!.count) };
    }
    // Nothing changed: already in that state (a form sent twice), or refused. Tell them apart.
    const [row] = await rows<{ count: number; mine: boolean }>(
      tx,
      sql`select t.helpful_count as count,
                 exists (select 1 from reactions r where r.member_id = ${memberId} and r.${column} = t.id) as mine
          from ${table} t where t.id = ${id} and ${visibleSubject(subject)} and ${memberMayReact(memberId)}`,
    );
    if (!row) return fail("form", "reactions.notFound");
    return { ok: true as const, helpful: Boolean(row.mine), count: Number(row!.count) };
  });
}
