import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "@/db/client";
import type { Page } from "@/lib/pagination";
import type { ActivityFilters } from "./schema";

export const activityKinds = ["solution", "reuse", "answer", "meetup", "material"] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * One thing that happened in the network. Only public facts: published solutions and meetups,
 * answered questions on published solutions (not deleted, answer not deleted), materials of
 * published meetups, and reuses of published solutions. No member names (the public sees none).
 */
export type ActivityItem = {
  kind: ActivityKind;
  /** Stable per event (an Atom entry id): the same reuse keeps its key when its status changes. */
  key: string;
  at: Date;
  /** Solution or meetup. */
  title: string;
  slug: string;
  /** The municipality the event is about (reusing one for a reuse, host for a meetup); null: online meetup. */
  municipality: string | null;
  stateCode: string | null;
  /** reuse: its status; material: the material's title; meetup: its start (ISO); answer: the question's id. */
  detail: string | null;
  /** For answers: the anchor of the question on the solution page. */
  commentId: string | null;
};

type Row = {
  kind: ActivityKind;
  key: string;
  at: Date | string;
  title: string;
  slug: string;
  municipality: string | null;
  state_code: string | null;
  detail: string | null;
  comment_id: string | null;
  total: number | string;
};

// A page past the end has no row to carry the window count: count once, so the page can say where the results end.
async function countBeyondLastPage(filters: ActivityFilters, page: number): Promise<number> {
  if (page <= 1) return 0;
  const [row] = await queryRows<{ total: number | string }>(sql`${itemsCte} select count(*) as total from items ${filterSql(filters)}`);
  return Number(row?.total ?? 0);
}

function filterSql(filters: ActivityFilters): SQL {
  const conditions: SQL[] = [];
  if (filters.state) conditions.push(sql`items.state_code = ${filters.state}`);
  if (filters.themenfeld) {
    const tf = filters.themenfeld;
    conditions.push(sql`(
      (items.solution_id is not null and exists (
        select 1 from solution_services ss join ozg_services o on o.id = ss.ozg_service_id
        where ss.solution_id = items.solution_id and o.themenfeld_id = ${tf}))
      or (items.meetup_id is not null and exists (
        select 1 from meetup_agenda_items ai
        join meetup_agenda_solutions mas on mas.item_id = ai.id
        join solutions s2 on s2.id = mas.solution_id and s2.state = 'published' and s2.visibility = 'public' and s2.hidden_at is null
        join solution_services ss on ss.solution_id = s2.id
        join ozg_services o on o.id = ss.ozg_service_id
        where ai.meetup_id = items.meetup_id and o.themenfeld_id = ${tf})))`);
  }
  return conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
}

// The activity is a public feed (/activity.atom): only what lib/visibility shows the anonymous
// viewer, never a network-only or hidden solution, nor its reuses and answers.
const publicSolution = sql.raw(`s.visibility = 'public' and s.hidden_at is null`);

// Every public event, one branch per kind; filtered and ordered by the caller.
const itemsCte = sql`
    with items as (
      select 'solution' as kind, 'solution:' || s.id as key, s.published_at as at, s.title, s.slug,
             m.short_name as municipality, m.state_code, null::text as detail, null::uuid as comment_id,
             s.id as solution_id, null::uuid as meetup_id
        from solutions s join municipalities m on m.ags = s.municipality_ags
       where s.state = 'published' and ${publicSolution} and s.published_at is not null
      union all
      select 'reuse', 'reuse:' || r.solution_id || ':' || r.municipality_ags, r.updated_at, s.title, s.slug,
             m.short_name, m.state_code, r.status::text, null, s.id, null
        from solution_reuses r
        join solutions s on s.id = r.solution_id and s.state = 'published' and ${publicSolution}
        join municipalities m on m.ags = r.municipality_ags
      union all
      select 'answer', 'answer:' || q.id, q.answered_at, s.title, s.slug,
             m.short_name, m.state_code, null, q.id, s.id, null
        from comments q
        join comments a on a.id = q.answer_id and a.deleted_at is null
        join solutions s on s.id = q.solution_id and s.state = 'published' and ${publicSolution}
        join municipalities m on m.ags = s.municipality_ags
       where q.is_question and q.answered_at is not null and q.deleted_at is null
      union all
      select 'meetup', 'meetup:' || e.id, e.published_at, e.title, e.slug,
             m.short_name, m.state_code, to_char(e.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), null, null, e.id
        from meetups e left join municipalities m on m.ags = e.host_municipality_ags
       where e.state = 'published' and e.published_at is not null
      union all
      select 'material', 'material:' || mm.id, mm.created_at, e.title, e.slug,
             m.short_name, m.state_code, mm.title, null, null, e.id
        from meetup_materials mm
        join meetups e on e.id = mm.meetup_id and e.state = 'published'
        left join municipalities m on m.ags = e.host_municipality_ags
    )
`;

/**
 * The network's activity, newest first: one UNION ALL over the existing tables (no table of its
 * own, so nothing can fall out of step — a withdrawn solution or a deleted answer simply drops out).
 */
export async function listActivity(filters: ActivityFilters & { page?: number; pageSize?: number } = {}): Promise<Page<ActivityItem>> {
  const page = filters.page ?? 1;
  const pageSize = filters.pageSize ?? 20;
  const list = await queryRows<Row>(sql`
    ${itemsCte}
    select kind, key, at, title, slug, municipality, state_code, detail, comment_id, count(*) over () as total
      from items ${filterSql(filters)}
     order by at desc, key desc
     limit ${pageSize} offset ${(page - 1) * pageSize}
  `);
  return {
    items: list.map((row) => ({
      kind: row.kind,
      key: row.key,
      at: new Date(row.at),
      title: row.title,
      slug: row.slug,
      municipality: row.municipality,
      stateCode: row.state_code,
      detail: row.detail,
      commentId: row.comment_id,
    })),
    total: list.length > 0 ? Number(list[0]!.total) : await countBeyondLastPage(filters, page),
    page,
    pageSize,
  };
}

