import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { getConnection } from "./client";
import { districts, leikaServices, municipalities, ozgServices, states, themenfelder, users } from "./schema";
import { seedDatabase } from "./seed";
import { demoMembers } from "./seed/demo-members";

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
