import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { countUnread } from "@/lib/notifications/queries";
import { insertNotification, newMember, newSolution } from "@/lib/notifications/test-fixtures";
import { form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// Stand-ins only for who is signed in and the request-scoped Next.js helpers; the database is real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { markAllNotificationsReadAction, markNotificationReadAction } = await import("@/lib/notifications/actions");

describe("notification read actions", () => {
  it("send an anonymous visitor to sign-in and back", async () => {
    session.userId = null;
    for (const action of [markNotificationReadAction, markAllNotificationsReadAction]) {
      const target = decodeURIComponent(await redirectTarget(action(form({ id: "1" }))));
      expect(target).toContain("/signin");
      expect(target).toContain("callbackUrl=/notifications");
    }
  });

  it("mark the member's own notification, group or all read and come back to the page; forged ids and junk do nothing", async () => {
    const [me, other, author] = [await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    const mine = await insertNotification({ recipientId: me, solutionId: solution.id });
    await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });
    await insertNotification({ recipientId: me, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });
    const theirs = await insertNotification({ recipientId: other, solutionId: solution.id, groupKey: `comment:solution:${solution.id}` });
    session.userId = me;

    expect(await redirectTarget(markNotificationReadAction(form({ id: String(theirs), page: "2" })))).toBe("/notifications?page=2&done=one");
    expect(await redirectTarget(markNotificationReadAction(form({ id: "'; drop table notifications; --", page: "x" })))).toBe("/notifications?done=one");
    expect(await countUnread(db, other)).toBe(1);
    expect(await countUnread(db, me)).toBe(3);

    await redirectTarget(markNotificationReadAction(form({ id: String(mine) })));
    expect(await countUnread(db, me)).toBe(2);
    await redirectTarget(markNotificationReadAction(form({ group: `comment:solution:${solution.id}` })));
    expect(await countUnread(db, me)).toBe(0);
    expect(await countUnread(db, other)).toBe(1);

    session.userId = other;
    expect(await redirectTarget(markAllNotificationsReadAction(form({})))).toBe("/notifications?done=all");
    expect(await countUnread(db, other)).toBe(0);
  });
});
