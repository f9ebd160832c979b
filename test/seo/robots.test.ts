import { describe, expect, it } from "vitest";
import robots from "@/app/robots";

/**
 * robots.txt matching as crawlers do it (RFC 9309): a rule's path is a prefix, `*` matches any
 * characters, a final `$` ends the path; the longest matching rule wins, `allow` on a tie.
 */
function allowed(path: string): boolean {
  const rules = [robots().rules].flat()[0]!;
  const list = (value: string | string[] | undefined) => [value ?? []].flat();
  const matches = (pattern: string) => {
    const anchored = pattern.endsWith("$");
    const body = (anchored ? pattern.slice(0, -1) : pattern).split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(`^${body}${anchored ? "$" : ""}`).test(path);
  };
  const best = (patterns: string[]) => Math.max(-1, ...patterns.filter(matches).map((pattern) => pattern.length));
  return best(list(rules.allow)) >= best(list(rules.disallow));
}

describe("robots.txt", () => {
  it("lets crawlers into the public pages whose paths start like a members' area (/meetups, /municipalities)", () => {
    for (const path of ["/", "/meetups", "/meetups/online-sprechstunde", "/en/meetups", "/municipalities/08221000", "/solutions", "/services/10068", "/about"])
      expect(allowed(path), path).toBe(true);
  });

  it("keeps them out of the members' areas, sign-in, the API and the edit pages", () => {
    for (const path of ["/me", "/me/solutions", "/en/me", "/members", "/members/abc", "/settings", "/signin", "/api/v1/solutions", "/solutions/x/edit", "/meetups/new", "/dev/mail"])
      expect(allowed(path), path).toBe(false);
  });
});
