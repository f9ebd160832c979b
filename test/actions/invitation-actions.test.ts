import { describe, expect, it, vi } from "vitest";
import { newMember, runId, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { acceptInvitationAction, inviteAction } = await import("@/lib/invitations/actions");

describe("inviteAction", () => {
  it("keeps what was typed next to the message when the place is missing or a field has control characters", async () => {
    session.userId = await newMember({ role: "admin" });
    const typed = `a-${runId}@example.org\nb-${runId}@example.org`;
    expect(await inviteAction(empty, form({ emails: typed, municipalityAgs: "", municipalityQuery: "" }))).toEqual({
      values: { emails: typed, municipalityAgs: "", municipalityQuery: "" },
      errors: { municipalityAgs: ["invitations.errors.targetRequired"] },
    });
    const withNul = await inviteAction(empty, form({ emails: `x\u0000@example.org`, municipalityAgs: WAIBLINGEN }));
    expect(withNul.errors.emails).toEqual(["errors.input.fieldControlCharacters"]);
    expect(withNul.values.emails).toBe(`x\u0000@example.org`);
  });

  it("reports each address and leaves only the invalid ones in the box", async () => {
    session.userId = await newMember({ role: "organiser" });
    const state = await inviteAction(empty, form({ emails: `ok-${runId}@example.org; kaputt@`, municipalityAgs: WAIBLINGEN }));
    expect(state.errors).toEqual({});
    expect(state.report).toEqual([
      { email: `ok-${runId}@example.org`, outcome: "invited" },
      { email: "kaputt@", outcome: "invalid" },
    ]);
    expect(state.values.emails).toBe("kaputt@");
  });
});

describe("acceptInvitationAction", () => {
  it("sends a signed-out visitor to sign in and back, and refuses a malformed token with the one message", async () => {
    session.userId = null;
    const token = "A".repeat(43);
    expect(await redirectTarget(acceptInvitationAction(empty, form({ token })))).toBe(`/signin?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`);
    session.userId = await newMember();
    expect((await acceptInvitationAction(empty, form({ token: "../../etc" }))).errors).toEqual({ form: ["invitations.errors.notUsable"] });
    expect((await acceptInvitationAction(empty, form({ token }))).errors).toEqual({ form: ["invitations.errors.notUsable"] });
  });
});
