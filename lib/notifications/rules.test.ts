import { describe, expect, it } from "vitest";
import type { VisibleNotification } from "./queries";
import { groupNotifications } from "./rules";

const n = (id: number, groupKey: string, read = false): VisibleNotification => ({
  id,
  kind: "comment",
  groupKey,
  createdAt: new Date(1_700_000_000_000 - id * 1000),
  readAt: read ? new Date() : null,
  actor: null,
  solution: { slug: "s", title: "S" },
  meetup: null,
  comment: null,
});

describe("groupNotifications", () => {
  it("folds unread notifications of one group into the newest, and leaves read ones single", () => {
    const entries = groupNotifications([n(1, "a"), n(2, "b"), n(3, "a"), n(4, "a", true), n(5, "a")]);
    expect(entries.map((e) => [e.latest.id, e.count, e.unread])).toEqual([
      [1, 3, true],
      [2, 1, true],
      [4, 1, false],
    ]);
  });
});
