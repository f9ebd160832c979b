import "server-only";
import { and, type AnyColumn, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { likeEscape } from "@/lib/pagination";
import type { AuditFilter } from "./schema";

const actor = alias(users, "actor");
const subject = alias(users, "subject");
export const AUDIT_PAGE_SIZE = 50;
/** The CSV holds at most this many entries (the newest); narrow the filters for older ones. */
export const AUDIT_CSV_LIMIT = 10_000;

const person = (name: AnyColumn, email: AnyColumn, q: string) => or(ilike(name, `%${likeEscape(q)}%`), ilike(email, `%${likeEscape(q)}%`));

function where(filter: Omit<AuditFilter, "page">): SQL | undefined {
  return and(
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actor ? person(actor.name, actor.email, filter.actor) : undefined,
    filter.subject ? person(subject.name, subject.email, filter.subject) : undefined,
    filter.since ? gte(auditLog.createdAt, filter.since) : undefined,
    filter.until ? lt(auditLog.createdAt, filter.until) : undefined,
  );
}

/**
 * For admins only (the page and the CSV route check): the audit log, newest first, with the names of
 * actor and subject as they are now (the log itself holds ids only). The one query for page and CSV;
 * `limit`/`offset` pick the page.
 */
export async function listAuditEntries(filter: Omit<AuditFilter, "page">, { limit, offset }: { limit: number; offset: number }) {
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: actor.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      subjectMemberId: auditLog.subjectMemberId,
      subjectName: subject.name,
      before: auditLog.before,
      after: auditLog.after,
      note: auditLog.note,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectMemberId))
    .where(where(filter))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}
export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

export async function countAuditEntries(filter: Omit<AuditFilter, "page">): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectMemberId))
    .where(where(filter));
  return row?.n ?? 0;
}

export async function listAuditPage(filter: AuditFilter) {
  const [items, total] = await Promise.all([
    listAuditEntries(filter, { limit: AUDIT_PAGE_SIZE, offset: (filter.page - 1) * AUDIT_PAGE_SIZE }),
    countAuditEntries(filter),
  ]);
  return { items, total, page: filter.page, pageSize: AUDIT_PAGE_SIZE };
}
