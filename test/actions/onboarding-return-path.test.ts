import { beforeAll, describe, expect, it, vi } from "vitest";
import { FELLBACH, newMember } from "@/lib/solutions/test-fixtures";
import { redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// Stand-ins only for who is signed in and the request-scoped Next.js helpers; the database is real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { saveProfileAction } = await import("@/lib/members/actions");

function profileForm(next: string) {
  const data = new FormData();
  data.set("name", "Jana Keller");
  data.set("municipalityAgs", FELLBACH);
  data.set("next", next);
  return data;
}

describe("saveProfileAction (onboarding ?next=)", () => {
  beforeAll(async () => {
    session.userId = await newMember();
  });

  it.each(["/\t/evil.example", "/%09/evil.example", "/\n/evil.example", "/%0a/evil.example", "/%0d/evil.example", "/\\evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example", "https:evil.example"])(
    "stays on the site for next=%j",
    async (next) => {
      expect(await redirectTarget(saveProfileAction({ values: {}, errors: {} }, profileForm(next)))).toBe("/");
    },
  );

  it("goes on to a local path", async () => {
    expect(await redirectTarget(saveProfileAction({ values: {}, errors: {} }, profileForm("/solutions?q=Wohngeld")))).toBe("/solutions?q=Wohngeld");
  });
});
