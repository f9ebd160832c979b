import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./header-rules";

describe("contentSecurityPolicy form-action", () => {
  it("allows forms to this site only, plus the identity provider when single sign-on is configured", () => {
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("form-action 'self';");
    expect(contentSecurityPolicy("n", { development: false, https: true, formTargets: ["https://login.land.example"] })).toContain(
      "form-action 'self' https://login.land.example;",
    );
  });
});
