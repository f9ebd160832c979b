// Notification fan-out: a new solution in a Themenfeld that 10,000 members follow. Measures the
// publish request (createSolution, which only enqueues the job) before and after the followers
// exist, the job's INSERT … SELECT, and the header's unread count.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { measure, type Stats } from "./measure";

export const FANOUT_TARGET_MS = 5_000;

export type FanoutResult = {
  followers: number;
  /** Members following both the Themenfeld and the service: must get one notification, not two. */
  doubleFollowers: number;
  publishBefore: Stats;
  publishAfter: Stats;
  /** One entry per fan-out run: how long the job took and how many notifications it created. */
  jobs: { ms: number; created: number }[];
  unreadCount: Stats;
};

export async function measureFanout(
  db: Database,
  options: { followers: number; runs: number; warmups: number; log: (message: string) => void },
): Promise<FanoutResult> {
  const { queryRows } = await import("@/db/client");
  const { createSolution } = await import("@/lib/solutions/mutations");
  const { solutionInput } = await import("@/lib/solutions/schema");
  const { notifySolutionPublished } = await import("@/lib/notifications/jobs");
  const { countUnread } = await import("@/lib/notifications/queries");

  const [service] = await queryRows<{ id: number; themenfeld_id: number; ags: string }>(
    sql`select o.id, o.themenfeld_id, (select ags from municipalities order by ags limit 1) as ags from ozg_services o order by o.id limit 1`,
    db,
  );
  if (!service) throw new Error("no OZG services seeded");
  const [author] = await queryRows<{ id: string }>(
    sql`insert into users (id, email, name, municipality_ags, status, verified_at, is_demo) values ('fanout-author', 'fanout-author@bench.invalid', 'Fan-out Autorin', ${service.ags}, 'verified', now(), true) returning id`,
    db,
  );
  let counter = 0;
  const publish = async () => {
    counter += 1;
    const result = await createSolution({
      authorId: author!.id,
      input: solutionInput.parse({
        title: `Fan-out Lösung ${counter}`,
        summary: "Eine neue Lösung im gefolgten Themenfeld.",
        body: "Text",
        serviceIds: [service.id],
        municipalityAgs: service.ags,
        status: "live",
        maturity: "2",
        intent: "publish",
      }),
    });
    if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
    return result.id;
  };
  const timing = { warmups: options.warmups, runs: options.runs };

  options.log(`  measuring publish (createSolution) without followers …`);
  const publishBefore = await measure(async () => ((await publish()) ? 1 : 0), timing);

  const n = options.followers;
  const doubleFollowers = Math.floor(n * 0.3);
  const loadStarted = performance.now();
  await db.execute(sql`
    insert into users (id, email, name, is_demo)
    select 'fanout-' || g, 'fanout-' || g || '@bench.invalid', 'Fan ' || g, true from generate_series(1, ${n}) g`);
  await db.execute(sql`
    insert into follows (member_id, target, target_id)
    select 'fanout-' || g, 'themenfeld'::follow_target, ${String(service.themenfeld_id)} from generate_series(1, ${n}) g
    union all
    select 'fanout-' || g, 'service'::follow_target, ${String(service.id)} from generate_series(1, ${doubleFollowers}) g`);
  await db.execute(sql`analyze users`);
  await db.execute(sql`analyze follows`);
  options.log(`  ${n.toLocaleString("en")} followers of Themenfeld ${service.themenfeld_id} (${doubleFollowers.toLocaleString("en")} also of service ${service.id}) in ${Math.round(performance.now() - loadStarted)} ms`);

  options.log(`  measuring publish (createSolution) with ${n.toLocaleString("en")} followers …`);
  const publishAfter = await measure(async () => ((await publish()) ? 1 : 0), timing);

  const jobs: { ms: number; created: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const solutionId = await publish();
    const started = performance.now();
    const created = await notifySolutionPublished({ solutionId });
    jobs.push({ ms: Math.round(performance.now() - started), created });
    options.log(`  fan-out job ${i + 1}: ${created.toLocaleString("en")} notifications in ${jobs[i]!.ms} ms`);
  }
  await db.execute(sql`analyze notifications`);
  const unreadCount = await measure((i) => countUnread(db, `fanout-${(i % n) + 1}`), { warmups: options.warmups, runs: 50 });
  return { followers: n, doubleFollowers, publishBefore, publishAfter, jobs, unreadCount };
}
