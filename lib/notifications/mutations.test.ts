import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { markAllNotificationsRead, markNotificationsRead } from "./mutations";
import { countUnread } from "./queries";
import { markReadInput } from "./schema";
import { insertNotification, newMember, newSolution } from "./test-fixtures";

describe("marking notifications read", () => {
  it("marks one, a group or all of the member's own, and does nothing with someone else's ids", async () => {
    const [me, other, author] = [await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    const one = await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: "new_solution:x" });
    await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });
    await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });
    await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: "reuse:solution:y" });
    const theirs = await insertNotification({ recipientId: other, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });

    // Forged: another member's id and group change nothing.
    expect(await markNotificationsRead(db, me, { ids: [theirs] })).toBe(0);
    expect(await markNotificationsRead(db, other, { ids: [one] })).toBe(0);
    expect(await countUnread(db, other)).toBe(1);

    expect(await markNotificationsRead(db, me, { ids: [one] })).toBe(1);
    expect(await markNotificationsRead(db, me, { ids: [one] })).toBe(0);
    expect(await markNotificationsRead(db, me, { groupKey: `comment:solution:${solution.id}` })).toBe(2);
    expect(await countUnread(db, me)).toBe(1);
    expect(await countUnread(db, other)).toBe(1);
    expect(await markAllNotificationsRead(db, me)).toBe(1);
    expect(await countUnread(db, me)).toBe(0);
    expect(await countUnread(db, other)).toBe(1);
  });

  it("accepts only well-formed ids and group keys from the form", () => {
    expect(markReadInput.safeParse({ id: "12" }).success).toBe(true);
    expect(markReadInput.safeParse({ group: "comment:solution:3f1c-ab" }).success).toBe(true);
    for (const bad of [{ id: "0" }, { id: "1e400" }, { id: "x" }, { group: "" }, { group: "comment:solution:'; drop" }, { group: "a\u0000b" }, {}]) {
      expect(markReadInput.safeParse(bad).success).toBe(false);
    }
  });
});
