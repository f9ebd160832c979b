import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { searchMisses } from "@/db/schema";
import { pruneExpiredData } from "@/lib/jobs/handlers";
import { recordSearchMiss } from "./mutations";
import { listSearchMisses } from "./queries";
import { countedMiss } from "./rules";

const unique = () => `zzq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe("zero-result searches (issue 13)", () => {
  it("counts the normalised words only, and not what could name a person", () => {
    expect(countedMiss("  Bettensteuer   ONLINE ")).toBe("bettensteuer online");
    expect(countedMiss("anna.schmidt@fellbach.de")).toBeNull();
    expect(countedMiss("Rückruf 0711 123456")).toBeNull();
    expect(countedMiss("Az. 2024/12345")).toBeNull();
    expect(countedMiss("Wohngeld 2024")).toBe("wohngeld 2024");
    expect(countedMiss("x".repeat(101))).toBeNull();
    expect(countedMiss("   ")).toBeNull();
  });

  it("adds up one query per day, lists the most frequent first, and keeps no one's identity", async () => {
    const rare = unique();
    const often = unique();
    for (const q of [often, often.toUpperCase(), `  ${often} `]) expect(await recordSearchMiss(q)).toBe(true);
    expect(await recordSearchMiss(rare)).toBe(true);
    expect(await recordSearchMiss("mail@example.org")).toBe(false);

    const rows = await db.select().from(searchMisses).where(eq(searchMisses.query, often));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(3);
    // The table has the words, a day and counts: nothing that names who searched.
    expect(Object.keys(rows[0]!).sort()).toEqual(["count", "day", "lastSeenAt", "query"]);

    const listed = (await listSearchMisses()).filter((r) => r.query === often || r.query === rare);
    expect(listed.map((r) => [r.query, r.count])).toEqual([
      [often, 3],
      [rare, 1],
    ]);
    expect(listed[0]!.lastSeenAt).toBeInstanceOf(Date);
  });

  it("sums a query over days, and the retention job drops days older than the 90 shown", async () => {
    const q = unique();
    await db.insert(searchMisses).values([
      { query: q, day: sql`to_char((now() at time zone 'Europe/Berlin') - interval '3 days', 'YYYY-MM-DD')`, count: 2 },
      { query: q, day: sql`to_char((now() at time zone 'Europe/Berlin') - interval '120 days', 'YYYY-MM-DD')`, count: 5 },
    ]);
    await recordSearchMiss(q);
    expect((await listSearchMisses()).find((r) => r.query === q)).toMatchObject({ count: 3, days: 2 });
    const pruned = await pruneExpiredData();
    expect(pruned.searchMisses).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(searchMisses).where(eq(searchMisses.query, q))).toHaveLength(2);
  });
});
