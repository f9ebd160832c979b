import { describe, expect, it, vi } from "vitest";
import { publishedSolution } from "@/lib/discussion/test-fixtures";
import { newMember } from "@/lib/solutions/test-fixtures";
import { empty, form, redirectTarget } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));
vi.mock("next/headers", () => import("@/test/stand-ins"));

const { reportAction, setSuspensionAction } = await import("@/lib/moderation/actions");

describe("reportAction", () => {
  it("sends a signed-out visitor to sign in and back to the page", async () => {
    session.userId = null;
    const solution = await publishedSolution();
    const target = await redirectTarget(reportAction(empty, form({ targetType: "solution", targetId: solution.id, reason: "Grund", returnTo: `/solutions/${solution.slug}` })));
    expect(target).toContain("/signin");
    expect(decodeURIComponent(target)).toContain(`/solutions/${solution.slug}`);
  });

  it("answers control characters and a missing reason with a message at the field, keeping what was typed", async () => {
    const solution = await publishedSolution();
    session.userId = await newMember();
    const withNul = await reportAction(empty, form({ targetType: "solution", targetId: solution.id, reason: "Gru\u0000nd", returnTo: "/" }));
    expect(withNul.errors.reason).toEqual(["errors.input.fieldControlCharacters"]);
    expect(withNul.values.reason).toBe("Gru\u0000nd");
    const blank = await reportAction(empty, form({ targetType: "solution", targetId: solution.id, reason: "  ", returnTo: "/" }));
    expect(blank.errors.reason).toEqual(["moderation.errors.reasonRequired"]);
    // A forged target type or id is "not allowed", not a 500.
    const forged = await reportAction(empty, form({ targetType: "solution", targetId: "'; drop table reports; --", reason: "Grund", returnTo: "/" }));
    expect(forged.errors.form).toEqual(["errors.notAllowed"]);
    const sent = await reportAction(empty, form({ targetType: "solution", targetId: solution.id, reason: "Zeile eins\r\nZeile zwei", returnTo: "/" }));
    expect(sent).toEqual({ values: {}, errors: {}, message: "moderation.report.sent" });
  });
});

describe("setSuspensionAction", () => {
  it("needs a note, and refuses a member who is no moderator", async () => {
    session.userId = await newMember({ role: "moderator" });
    const target = await newMember();
    const noNote = await setSuspensionAction(empty, form({ memberId: target, suspend: "yes", note: "" }));
    expect(noNote.errors.note).toEqual(["moderation.errors.noteRequired"]);
    session.userId = await newMember();
    const refused = await setSuspensionAction(empty, form({ memberId: target, suspend: "yes", note: "Grund" }));
    expect(refused.errors.form).toEqual(["errors.notAllowed"]);
  });

  it("goes back to the members list it came from with the result, and nowhere else", async () => {
    session.userId = await newMember({ role: "moderator" });
    const fromList = await redirectTarget(
      setSuspensionAction(empty, form({ memberId: await newMember(), suspend: "yes", note: "Grund", returnTo: "/admin/members?status=pending&q=Anna" })),
    );
    expect(fromList).toBe("/admin/members?status=pending&q=Anna&saved=suspended");
    for (const returnTo of ["https://evil.example/admin/members", "//evil.example/admin/members", "/solutions?saved=suspended"]) {
      const stays = await setSuspensionAction(empty, form({ memberId: await newMember(), suspend: "yes", note: "Grund", returnTo }));
      expect(stays.message).toBe("moderation.suspension.suspended");
    }
  });
});
