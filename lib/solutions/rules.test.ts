import { describe, expect, it } from "vitest";
import { isOutdated } from "./rules";

describe("isOutdated", () => {
  const now = new Date("2026-11-25T12:00:00Z");

  it("flags a solution last confirmed more than twelve months ago", () => {
    expect(isOutdated(new Date("2025-11-24T12:00:00Z"), now)).toBe(true);
  });

  it("does not flag one confirmed within the last twelve months, nor an unpublished one", () => {
    expect(isOutdated(new Date("2025-11-26T12:00:00Z"), now)).toBe(false);
    expect(isOutdated(null, now)).toBe(false);
  });
});
