import "server-only";
import { sql } from "drizzle-orm";
import { after } from "next/server";
import { logger } from "@/lib/log/logger";
import { db, queryRows, type Database, type Executor } from "@/db/client";
import { searchMisses, solutionWords } from "@/db/schema";
import { loadVocabulary, serviceNames } from "./queries";
import { countedMiss, searchTerms } from "./rules";

// The write side of the search index, called by lib/solutions/mutations.ts in the transaction that
// saves a solution (and by the seed). The only part of lib/search that other domains call; it reads
// nothing of theirs but the tables, so the dependency stays one way.

/**
 * Adds the words of a title to the vocabulary that typos are corrected against (solution_words).
 * Call it wherever a title is written; existing words cost an index lookup each.
 */
export async function recordTitleWords(tx: Executor, title: string): Promise<void> {
  await tx.execute(sql`
    insert into ${solutionWords} (word)
    select distinct w.lexeme from unnest(to_tsvector('simple', ${title})) w
    where length(w.lexeme) >= 3 and position('-' in w.lexeme) = 0
    on conflict do nothing`);
}

type SolutionText = { id: string; title: string; summary: string; body: string; lessonsLearned: string | null; serviceIds: number[]; tags: string[] };

/** The search terms of solutions whose text, tags and service ids are given (see solutions.searchTerms). */
export async function computeSearchTerms(rows: readonly SolutionText[], executor: Executor = db): Promise<{ id: string; terms: string }[]> {
  const { words, decompounded } = await loadVocabulary(executor);
  const names = await serviceNames(executor);
  return rows.map((row) => ({
    id: row.id,
    terms: searchTerms(
      [row.title, row.summary, row.body, row.lessonsLearned ?? ""].join(" "),
      [...row.tags, ...row.serviceIds.flatMap((id) => names.get(id) ?? [])],
      words,
      decompounded,
    ),
  }));
}

/** Writes the search terms of the given solutions (after their text or services changed). */
export async function refreshSearchTerms(tx: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await queryRows<SolutionText>(
    sql`select s.id, s.title, s.summary, s.body, s.lessons_learned as "lessonsLearned",
          coalesce(array(select ss.ozg_service_id from solution_services ss where ss.solution_id = s.id order by ss.position), '{}') as "serviceIds",
          coalesce(array(select t.tag from solution_tags t where t.solution_id = s.id order by t.tag), '{}') as tags
        from solutions s where s.id in ${sql`(${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`}`,
    tx as Database,
  );
  const terms = await computeSearchTerms(rows, tx);
  await tx.execute(sql`
    update solutions set search_terms = v.terms
    from json_to_recordset(${JSON.stringify(terms)}::json) as v(id uuid, terms text)
    where solutions.id = v.id`);
}

/** Fills the search terms of solutions that have none yet (after the migration that added them), in batches. */
export async function refreshMissingSearchTerms(database: Executor = db, batch = 2000): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await queryRows<{ id: string }>(sql`select id from solutions where search_terms is null limit ${batch}`, database as Database);
    if (rows.length === 0) return done;
    await refreshSearchTerms(database, rows.map((r) => r.id));
    done += rows.length;
  }
}

/**
 * Counts a search that found nothing (issue 13: the synonym list grows from real use): one row per
 * normalised query and Berlin day, no member, session or address. Queries that could name a person
 * are not counted (rules.ts countedMiss). Returns whether it was counted.
 */
export async function recordSearchMiss(q: string, executor: Executor = db): Promise<boolean> {
  const query = countedMiss(q);
  if (!query) return false;
  await executor
    .insert(searchMisses)
    .values({ query, day: sql`to_char(now() at time zone 'Europe/Berlin', 'YYYY-MM-DD')` })
    .onConflictDoUpdate({ target: [searchMisses.query, searchMisses.day], set: { count: sql`${searchMisses.count} + 1`, lastSeenAt: sql`now()` } });
  return true;
}

/** recordSearchMiss after the page has been sent, so counting never slows or breaks a search. */
export function countSearchMissLater(q: string): void {
  after(async () => {
    try {
      await recordSearchMiss(q);
    } catch (error) {
      // Never the query: it is what a visitor typed.
      logger().warn({ err: { message: (error as Error).message } }, "search miss not counted");
    }
  });
}
