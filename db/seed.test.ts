import { count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { getConnection, queryRows } from "./client";
import { districts, leikaServices, municipalities, ozgServices, solutionReuses, states, themenfelder, users } from "./schema";
import { seedDatabase } from "./seed";
import { demoMembers } from "./seed/demo-members";
import { seedDemoMeetups } from "./seed/demo-meetups";
import { seedDemoSolutions } from "./seed/demo-solutions";
import { demoSolutions } from "./seed/demo-solutions/index";

async function counts() {
  const { db } = getConnection();
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    states: await n(states),
    districts: await n(districts),
    municipalities: await n(municipalities),
    themenfelder: await n(themenfelder),
    services: await n(ozgServices),
    leika: await n(leikaServices),
  };
}

describe("seedDatabase", () => {
  it("loads every municipality and the whole OZG catalogue from the reference data", async () => {
    expect(await counts()).toEqual({
      states: 16,
      districts: 400,
      municipalities: 10_773,
      themenfelder: 14,
      services: 557,
      leika: 5_249,
    });
  });

  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    await seedDatabase(getConnection().db);
    expect(await counts()).toEqual(before);
    const [demo] = await getConnection().db.select({ n: count() }).from(users).where(eq(users.isDemo, true));
    expect(demo!.n).toBe(demoMembers.length);
  });

  it("attaches demo members to real municipalities and marks them as demo data", async () => {
    for (const member of demoMembers) {
      expect(member.name).toContain("(Demo)");
      expect(member.email.endsWith(".invalid")).toBe(true);
      const [m] = await getConnection().db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.ags, member.municipalityAgs));
      expect(m?.ags).toBe(member.municipalityAgs);
    }
  });
});

describe("seedDemoSolutions", () => {
  it("publishes the demo solutions across Themenfelder and municipalities, with reuses, once", async () => {
    const { db } = getConnection();
    await seedDemoSolutions(db);
    await seedDemoSolutions(db);
    const [stats] = await queryRows<{ solutions: number; municipalities: number; themenfelder: number; fellbach: number; bw: number }>(sql`
      select count(distinct s.id)::int as solutions,
             count(distinct s.municipality_ags)::int as municipalities,
             count(distinct o.themenfeld_id)::int as themenfelder,
             count(distinct s.id) filter (where s.municipality_ags = '08119020')::int as fellbach,
             count(distinct s.id) filter (where s.municipality_ags like '08%')::int as bw
      from solutions s
      join users u on u.id = s.author_id
      join solution_services ss on ss.solution_id = s.id
      join ozg_services o on o.id = ss.ozg_service_id
      -- On a server run other test files share the database; only the demo authors' count here.
      where s.state = 'published' and u.is_demo`);
    expect(stats!.solutions).toBe(demoSolutions.length);
    expect(stats!.solutions).toBeGreaterThanOrEqual(40);
    expect(stats!.themenfelder).toBeGreaterThanOrEqual(10);
    expect(stats!.municipalities).toBeGreaterThanOrEqual(20);
    expect(stats!.fellbach).toBeGreaterThan(0);
    expect(stats!.bw).toBeGreaterThanOrEqual(5);
    const [reuses] = await db.select({ n: count() }).from(solutionReuses);
    expect(reuses!.n).toBeGreaterThan(0);
  });
});

describe("seedDemoMeetups", () => {
  it("adds a past meeting in Fellbach with agenda and minutes, and upcoming ones with registrations and a waitlist, once", async () => {
    const { db } = getConnection();
    await seedDemoSolutions(db);
    await seedDemoMeetups(db);
    await seedDemoMeetups(db);
    const rows = await queryRows<{ title: string; state: string; past: boolean; registered: number; waitlisted: number; agenda: number; minutes: string | null }>(sql`
      select m.title, m.state, m.ends_at < now() as past, m.minutes,
             (select count(*)::int from meetup_registrations r where r.meetup_id = m.id and r.status = 'registered') as registered,
             (select count(*)::int from meetup_registrations r where r.meetup_id = m.id and r.status = 'waitlisted') as waitlisted,
             (select count(*)::int from meetup_agenda_items a where a.meetup_id = m.id) as agenda
      from meetups m join users u on u.id = m.created_by_id where u.is_demo order by m.starts_at`);
    expect(rows).toHaveLength(3);
    const [past, online, upcoming] = rows;
    expect(past).toMatchObject({ state: "published", past: true });
    expect(past!.title).toContain("Fellbach");
    expect(past!.agenda).toBeGreaterThan(3);
    expect(past!.minutes).toContain("Ergebnisse");
    expect(online).toMatchObject({ past: false, registered: 3, waitlisted: 1 });
    expect(upcoming!.registered).toBeGreaterThan(3);
  });
});
