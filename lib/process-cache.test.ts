import { afterEach, describe, expect, it, vi } from "vitest";
import { processCached } from "./process-cache";

describe("processCached", () => {
  afterEach(() => vi.useRealTimers());

  it("loads once until the time is up, then again", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const get = processCached(1000, async () => ++loads);
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(await get()).toBe(2);
  });

  it("does not keep a failed load", async () => {
    let calls = 0;
    const get = processCached(60_000, async () => {
      calls++;
      if (calls === 1) throw new Error("database away");
      return "ok";
    });
    await expect(get()).rejects.toThrow("database away");
    expect(await get()).toBe("ok");
  });
});
