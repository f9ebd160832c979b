import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./return-urls";

describe("sameOriginPath", () => {
  it("keeps paths and same-origin URLs of this site", () => {
    expect(sameOriginPath("/municipalities?q=a#top")).toBe("/municipalities?q=a#top");
    expect(sameOriginPath("/en/onboarding?next=%2Fsolutions")).toBe("/en/onboarding?next=%2Fsolutions");
    expect(sameOriginPath("http://localhost:3000/meetups")).toBe("/meetups");
    // A bare word is a relative path, resolved on this site as a browser would.
    expect(sameOriginPath("evil.example")).toBe("/evil.example");
  });

  it.each([
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/%0a/evil.example",
    "/\r/evil.example",
    "/%0d/evil.example",
    "/%0D%0A/evil.example",
    "/\\evil.example",
    "/%5C/evil.example",
    "/%5cevil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "https:evil.example",
    "https:",
    "javascript:alert(1)",
    "http://localhost:3001/",
    "",
    undefined,
    null,
  ])("replaces %j with /", (value) => {
    expect(sameOriginPath(value)).toBe("/");
  });
});
