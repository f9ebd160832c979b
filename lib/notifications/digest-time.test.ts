import { describe, expect, it } from "vitest";
import { dailyWindow, dueDigestWindows, isoWeekLabel, weeklyWindow } from "./digest-time";

const labels = (now: string) => dueDigestWindows(new Date(now)).map((w) => `${w.period}:${w.label}`);

describe("digest periods (Europe/Berlin, whatever the machine's zone)", () => {
  it("covers whole Berlin days, also the short and the long day of the clock changes", () => {
    expect(dailyWindow("2026-12-01")).toMatchObject({ start: new Date("2026-11-30T23:00:00Z"), end: new Date("2026-12-01T23:00:00Z") });
    const short = dailyWindow("2026-03-29");
    expect((short.end.getTime() - short.start.getTime()) / 3_600_000).toBe(23);
    const long = dailyWindow("2026-10-25");
    expect((long.end.getTime() - long.start.getTime()) / 3_600_000).toBe(25);
  });

  it("names ISO weeks by the year of their Thursday", () => {
    expect(isoWeekLabel("2026-11-30")).toBe("2026-W49");
    expect(isoWeekLabel("2026-12-28")).toBe("2026-W53");
    expect(isoWeekLabel("2027-01-03")).toBe("2026-W53");
    expect(isoWeekLabel("2027-01-04")).toBe("2027-W01");
    expect(isoWeekLabel("2024-12-30")).toBe("2025-W01");
    expect(weeklyWindow("2026-11-23")).toMatchObject({ label: "2026-W48", start: new Date("2026-11-22T23:00:00Z"), end: new Date("2026-11-29T23:00:00Z") });
  });

  it("makes yesterday's digest due at 07:00 Berlin time, and last week's on Monday at 07:00", () => {
    // Wednesday 2 December 2026, 06:59 and 07:00 in Berlin (CET, UTC+1).
    expect(labels("2026-12-02T05:59:00Z")).toEqual(["daily:2026-11-29", "daily:2026-11-30", "weekly:2026-W47", "weekly:2026-W48"]);
    expect(labels("2026-12-02T06:00:00Z")).toEqual(["daily:2026-11-30", "daily:2026-12-01", "weekly:2026-W47", "weekly:2026-W48"]);
    // Monday 7 December: before 07:00 last week is not due yet; at 07:00 it is.
    expect(labels("2026-12-07T05:30:00Z").slice(2)).toEqual(["weekly:2026-W47", "weekly:2026-W48"]);
    expect(labels("2026-12-07T06:30:00Z").slice(2)).toEqual(["weekly:2026-W48", "weekly:2026-W49"]);
    // Summer time (UTC+2): 07:00 Berlin is 05:00Z.
    expect(labels("2026-07-15T05:00:00Z").slice(0, 2)).toEqual(["daily:2026-07-13", "daily:2026-07-14"]);
    expect(labels("2026-07-15T04:59:00Z").slice(0, 2)).toEqual(["daily:2026-07-12", "daily:2026-07-13"]);
  });
});
