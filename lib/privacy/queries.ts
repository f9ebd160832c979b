import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, queryRows } from "@/db/client";
import { users } from "@/db/schema";

/** Columns never handed out, not even to their owner: secrets that would let a download sign in. */
const SECRET_COLUMNS = ["session_token", "access_token", "refresh_token", "id_token", "token_hash", "token"];

type Row = Record<string, unknown>;

/**
 * Every column that points at a member, read from the database's own catalogue: a table added
 * later is part of the export without anyone remembering to add it here.
 */
async function memberReferences(): Promise<{ table: string; column: string }[]> {
  return queryRows<{ table: string; column: string }>(sql`
    select cl.relname as "table", a.attname as "column"
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'users'::regclass
    order by 1, 2`);
}

const parsed = (rows: { row: unknown }[]) => rows.map((r) => (typeof r.row === "string" ? JSON.parse(r.row) : r.row) as Row);
const secretColumns = sql.raw(`array[${SECRET_COLUMNS.map((c) => `'${c}'`).join(",")}]`);

/**
 * All data tied to a member (GDPR Art. 15 and 20): the profile, then for every table that refers to
 * them the rows that do (by the referring column, e.g. `comments.author_id`), and the mails sent
 * to their address. Machine-readable JSON with the database's column names.
 */
export async function exportMemberData(memberId: string) {
  const [member] = await db.select().from(users).where(eq(users.id, memberId)).limit(1);
  if (!member) return null;
  const references = await memberReferences();
  const tables: Record<string, Row[]> = {};
  for (const { table, column } of references) {
    const found = parsed(
      await queryRows<{ row: unknown }>(sql`select to_jsonb(t) - ${secretColumns} as row from ${sql.identifier(table)} t where ${sql.identifier(column)} = ${memberId}`),
    );
    if (found.length > 0) tables[`${table}.${column}`] = found;
  }
  if (member.email) {
    const found = parsed(
      await queryRows<{ row: unknown }>(sql`select to_jsonb(m) - 'attachments' as row from mail_outbox m where lower(m."to") = ${member.email.toLowerCase()} order by m.created_at`),
    );
    if (found.length > 0) tables["mail_outbox.to"] = found;
  }
  return {
    exportedAt: new Date().toISOString(),
    about: "Kommunalnetz: all data stored about this member. Keys of `tables` name the table and the column that refers to the member.",
    member,
    tables,
  };
}
