// A solution page with a long discussion: 500 comments (a third first comments, the rest replies,
// some questions with marked answers, some edited, a few deleted) on one seeded solution. Measures
// the page's loaders — the solution read and the discussion read (`loadDiscussion`, one statement
// for the whole thread) — as an anonymous reader and as a signed-in member (who also gets
// "Hilfreich" and may-edit per comment), and, separately, rendering the 500 Markdown bodies.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { measure, type Stats } from "./measure";

export const DISCUSSION_TARGET_MS = 100;

export type DiscussionResult = { comments: number; anonymous: Stats; member: Stats; markdown: Stats; markdownCold: Stats };

export async function measureDiscussion(
  db: Database,
  options: { slug: string; comments: number; runs: number; warmups: number; log: (message: string) => void },
): Promise<DiscussionResult> {
  const { queryRows } = await import("@/db/client");
  const { getSolutionBySlug } = await import("@/lib/solutions/queries");
  const { loadDiscussion } = await import("@/lib/discussion/loaders");
  const { renderMarkdown } = await import("@/lib/markdown/render");

  const [solution] = await queryRows<{ id: string; ags: string }>(sql`select id, municipality_ags as ags from solutions where slug = ${options.slug}`, db);
  if (!solution) throw new Error(`no solution ${options.slug}`);
  const n = options.comments;
  const roots = Math.max(1, Math.floor(n / 3));
  await db.execute(sql`
    insert into users (id, email, name, municipality_ags, is_demo)
    select 'discussion-' || g, 'discussion-' || g || '@bench.invalid', 'Diskutantin ' || g, ${solution.ags}, true
    from generate_series(1, 50) g on conflict do nothing`);
  // First comments, then replies spread over them; timestamps one minute apart.
  await db.execute(sql`
    insert into comments (id, solution_id, author_id, body, is_question, created_at, edited_at)
    select md5('root' || g)::uuid, ${solution.id}::uuid, 'discussion-' || (g % 50 + 1),
      '**Frage ' || g || '**: Wie haben Sie das *Fachverfahren* angebunden? Siehe [Doku](https://example.org/' || g || ').' || E'\n\n- Punkt eins\n- Punkt zwei',
      g % 5 = 0, now() - make_interval(mins => ${n}::int - g), case when g % 7 = 0 then now() end
    from generate_series(1, ${roots}::int) g`);
  await db.execute(sql`
    insert into comments (id, solution_id, parent_id, author_id, body, created_at, deleted_at)
    select md5('reply' || g)::uuid, ${solution.id}::uuid, md5('root' || (g % ${roots}::int + 1))::uuid, 'discussion-' || (g % 50 + 1),
      case when g % 40 = 0 then '' else 'Antwort ' || g || E': Über die **XÖV-Schnittstelle**, mit @[Diskutantin 3](/members/discussion-3).' end,
      now() - make_interval(mins => ${n - roots}::int - g), case when g % 40 = 0 then now() end
    from generate_series(1, ${n - roots}::int) g`);
  await db.execute(sql`
    update comments q set answer_id = a.id, answered_at = now()
    from comments a where q.solution_id = ${solution.id}::uuid and q.is_question and a.parent_id = q.id and a.deleted_at is null
      and a.id = (select min(b.id::text)::uuid from comments b where b.parent_id = q.id and b.deleted_at is null)`);
  await db.execute(sql`
    insert into reactions (member_id, comment_id)
    select 'discussion-1', id from comments where solution_id = ${solution.id}::uuid and deleted_at is null and id::text < '4'
    on conflict do nothing`);
  await db.execute(sql`analyze comments`);
  await db.execute(sql`analyze reactions`);
  options.log(`  ${n} comments (${roots} first comments) on /solutions/${options.slug}`);

  const member = { id: "discussion-1", role: "member", name: "Diskutantin 1", municipalityAgs: solution.ags };
  const timing = { warmups: options.warmups, runs: options.runs };
  const page = async (viewer: typeof member | null) => {
    const found = await getSolutionBySlug(options.slug, viewer ? { id: viewer.id, status: "verified", role: "member" } : null);
    const discussion = await loadDiscussion({ solutionId: found!.id }, viewer);
    return discussion.count;
  };
  options.log("  measuring the page's loaders, anonymous …");
  const anonymous = await measure(() => page(null), timing);
  options.log("  measuring the page's loaders, signed in …");
  const signedIn = await measure(() => page(member), timing);
  const bodies = (await loadDiscussion({ solutionId: solution.id }, null)).threads.flatMap((t) => [t.root, ...t.replies]).map((c) => c.body);
  options.log("  measuring Markdown of all comments, first render (every body new to the cache) …");
  let round = 0;
  const markdownCold = await measure(
    async () => {
      round += 1;
      return (await Promise.all(bodies.map((b) => renderMarkdown(`${b}\n\n${round}`)))).length;
    },
    { warmups: 1, runs: Math.min(options.runs, 10) },
  );
  options.log("  measuring Markdown of all comments, rendered before (the process' render cache) …");
  const markdown = await measure(async () => (await Promise.all(bodies.map((b) => renderMarkdown(b)))).length, { warmups: 2, runs: Math.min(options.runs, 20) });
  return { comments: n, anonymous, member: signedIn, markdown, markdownCold };
}
