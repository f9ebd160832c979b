import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { meetups, solutions } from "@/db/schema";
import { createDraft, newMember as newMeetupMember } from "@/lib/meetups/test-fixtures";
import { createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// As in solution-actions.test.ts: only who is signed in and the request-scoped helpers stand in.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { deleteDraftSolutionAction, withdrawSolutionAction } = await import("@/lib/solutions/withdrawal-actions");
const { deleteDraftMeetupAction } = await import("@/lib/meetups/draft-actions");

const confirmed = () => form({ confirmed: "yes" });
const asking = { values: { confirmed: "ask" }, errors: {} };

async function solution(authorId: string, intent: "draft" | "publish") {
  const result = await createSolution({ authorId, input: solutionFormInput({ title: `Aktion ${intent} ${runId}`, intent }) });
  if (!result.ok) throw new Error("createSolution failed");
  return result;
}
const stateOf = async (id: string) => (await db.select({ state: solutions.state }).from(solutions).where(eq(solutions.id, id)))[0]?.state;

describe("withdraw and delete actions", () => {
  beforeEach(() => {
    session.userId = null;
  });

  it("sends a signed-out caller to sign-in and changes nothing", async () => {
    const author = await newMember();
    const made = await solution(author, "publish");
    expect(await redirectTarget(withdrawSolutionAction(made.slug, empty, confirmed()))).toContain("/signin?callbackUrl=");
    expect(await stateOf(made.id)).toBe("published");
  });

  it("asks first, and a \"no\" (or a forged POST without the answer) changes nothing", async () => {
    const author = await newMember();
    session.userId = author;
    const made = await solution(author, "publish");
    const draft = await solution(author, "draft");
    expect(await withdrawSolutionAction(made.slug, empty, new FormData())).toEqual(asking);
    expect(await deleteDraftSolutionAction(draft.slug, empty, new FormData())).toEqual(asking);
    expect(await withdrawSolutionAction(made.slug, asking, form({ confirmed: "no" }))).toEqual(empty);
    expect(await deleteDraftSolutionAction(draft.slug, asking, form({ confirmed: "no" }))).toEqual(empty);
    expect(await deleteDraftSolutionAction(draft.slug, empty, form({ confirmed: "ja" }))).toEqual(asking);
    expect(await stateOf(made.id)).toBe("published");
    expect(await stateOf(draft.id)).toBe("draft");
  });

  it("withdraws to the draft page and deletes to /me", async () => {
    const author = await newMember();
    session.userId = author;
    const made = await solution(author, "publish");
    expect(await redirectTarget(withdrawSolutionAction(made.slug, empty, confirmed()))).toBe(`/solutions/${made.slug}`);
    expect(await stateOf(made.id)).toBe("draft");
    const draft = await solution(author, "draft");
    expect(await redirectTarget(deleteDraftSolutionAction(draft.slug, empty, confirmed()))).toBe("/me");
    expect(await stateOf(draft.id)).toBeUndefined();
  });

  it("refuses a forged slug and someone else's draft meetup as not found", async () => {
    const author = await newMember();
    session.userId = author;
    expect((await deleteDraftSolutionAction("../../etc", empty, confirmed())).errors).toEqual({ form: ["errors.solutions.notFound"] });
    const organiser = await newMeetupMember({ role: "organiser" });
    const draft = await createDraft(organiser);
    expect(await deleteDraftMeetupAction(draft.id, draft.slug, empty, new FormData())).toEqual(asking);
    expect((await deleteDraftMeetupAction(draft.id, draft.slug, empty, confirmed())).errors).toEqual({ form: ["errors.meetups.notFound"] });
    session.userId = organiser;
    expect(await redirectTarget(deleteDraftMeetupAction(draft.id, draft.slug, empty, confirmed()))).toBe("/me");
    expect(await db.$count(meetups, eq(meetups.id, draft.id))).toBe(0);
  });
});
