import { beforeEach, describe, expect, it, vi } from "vitest";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// As in solution-actions.test.ts: only who is signed in and the request-scoped helpers stand in.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { setHelpfulAction } = await import("@/lib/discussion/reaction-actions");
const { setFollowAction } = await import("@/lib/follows/actions");

async function published(authorId: string) {
  const result = await createSolution({ authorId, input: solutionFormInput({ title: `Aktion hilfreich ${runId} ${Math.random()}` }) });
  if (!result.ok) throw new Error("createSolution failed");
  return result;
}

describe("Hilfreich and follow actions", () => {
  beforeEach(() => {
    session.userId = null;
  });

  it("send a signed-out visitor to sign-in and back to the page", async () => {
    const made = await published(await newMember());
    const back = encodeURIComponent(`/solutions/${made.slug}`);
    expect(await redirectTarget(setHelpfulAction(empty, form({ solutionId: made.id, helpful: "true", returnTo: `/solutions/${made.slug}` })))).toContain(
      `/signin?callbackUrl=${back}`,
    );
    expect(await redirectTarget(setFollowAction(empty, form({ target: "solution", targetId: made.id, follow: "true", returnTo: `/solutions/${made.slug}` })))).toContain(
      `/signin?callbackUrl=${back}`,
    );
    // A return path off the site is not followed.
    expect(await redirectTarget(setFollowAction(empty, form({ target: "solution", targetId: made.id, follow: "true", returnTo: "https://evil.example/" })))).toContain(
      "callbackUrl=%2F",
    );
  });

  it("save for a member and refuse forged or malformed input as not found", async () => {
    const made = await published(await newMember());
    session.userId = await newMember();
    expect(await setHelpfulAction(empty, form({ solutionId: made.id, helpful: "true", returnTo: "/" }))).toEqual({ values: {}, errors: {}, helpful: true, count: 1 });
    expect(await setFollowAction(empty, form({ target: "solution", targetId: made.id, follow: "true" }))).toEqual({ values: {}, errors: {}, following: true });
    for (const bad of <Record<string, string>[]>[
      { solutionId: "00000000-0000-4000-8000-000000000000", helpful: "true" },
      { solutionId: "x'; drop table reactions; --", helpful: "true" },
      { solutionId: made.id, commentId: made.id, helpful: "true" },
      { solutionId: made.id, helpful: "maybe" },
      { solutionId: `${made.id}\u0000`, helpful: "true" },
    ]) {
      expect(await setHelpfulAction(empty, form(bad)), JSON.stringify(bad)).toEqual({ values: {}, errors: { form: ["reactions.notFound"] } });
    }
    for (const bad of <Record<string, string>[]>[
      { target: "solution", targetId: "00000000-0000-4000-8000-000000000000", follow: "true" },
      { target: "planet", targetId: made.id, follow: "true" },
      { target: "service", targetId: "10092\u0000", follow: "true" },
      { target: "member", targetId: session.userId, follow: "true" },
    ]) {
      expect(await setFollowAction(empty, form(bad)), JSON.stringify(bad)).toEqual({ values: {}, errors: { form: ["follows.notFound"] } });
    }
  });

  it("ask a member without a complete profile to complete it", async () => {
    const made = await published(await newMember());
    session.userId = await newMember({ municipalityAgs: null });
    expect(await setHelpfulAction(empty, form({ solutionId: made.id, helpful: "true" }))).toEqual({ values: {}, errors: { form: ["reactions.needsProfile"] } });
    expect(await setFollowAction(empty, form({ target: "solution", targetId: made.id, follow: "true" }))).toEqual({ values: {}, errors: { form: ["follows.needsProfile"] } });
  });
});
