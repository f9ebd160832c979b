import { describe, expect, it } from "vitest";
import { cachedPagePolicy, contentSecurityPolicy } from "./header-rules";

describe("contentSecurityPolicy form-action", () => {
  it("allows forms to this site only, plus the identity provider when single sign-on is configured", () => {
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("form-action 'self';");
    expect(contentSecurityPolicy("n", { development: false, https: true, formTargets: ["https://login.land.example"] })).toContain(
      "form-action 'self' https://login.land.example;",
    );
  });
});

describe("cachedPagePolicy", () => {
  it("runs the cached page's inline scripts by their hashes and script files from this origin, and nothing with a nonce", () => {
    const policy = cachedPagePolicy(["'sha256-abc='", "'sha256-def='"], { https: false });
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def=';");
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("strict-dynamic");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
