import { beforeAll, describe, expect, it, vi } from "vitest";
import { empty, form } from "@/test/action-helpers";
import { newMember, publishedSolution, runId } from "./test-fixtures";
import { session } from "@/test/stand-ins";

vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));
vi.mock("next/headers", () => import("@/test/stand-ins"));

const { createCommentAction, searchMentionsAction } = await import("./actions");

let member: string;
beforeAll(async () => {
  member = await newMember({ name: `Schreibende ${runId}` });
  await newMember({ name: `Annegret Mention ${runId}` });
});

describe("searchMentionsAction", () => {
  it("lists matching members by name for members only, without e-mail addresses", async () => {
    session.userId = null;
    expect(await searchMentionsAction("Annegret")).toEqual([]);
    session.userId = member;
    const found = await searchMentionsAction(`Annegret Mention ${runId}`);
    expect(found.map((m) => m.name)).toEqual([`Annegret Mention ${runId}`]);
    expect(Object.keys(found[0]!).sort()).toEqual(["id", "municipality", "name"]);
    expect(JSON.stringify(found)).not.toContain("@");
    // Too short, too long, a control character or not text: an empty list, never an error.
    expect(await searchMentionsAction("A")).toEqual([]);
    expect(await searchMentionsAction("x".repeat(61))).toEqual([]);
    expect(await searchMentionsAction("An\u0000")).toEqual([]);
    expect(await searchMentionsAction({ q: "An" })).toEqual([]);
    // % and _ are letters here, not wildcards.
    expect(await searchMentionsAction("%%")).toEqual([]);
  });
});

describe("createCommentAction", () => {
  it("keeps the text of a refused comment and names the field; a bad target is refused", async () => {
    session.userId = member;
    const solution = await publishedSolution();
    const target = { kind: "solution" as const, id: solution.id, slug: solution.slug };
    const long = "ü".repeat(20_001);
    const refused = await createCommentAction(target, empty, form({ body: long }));
    expect(refused.values.body).toBe(long);
    expect(refused.errors.body).toEqual(["comments.errors.bodyTooLong"]);
    const control = await createCommentAction(target, empty, form({ body: "Text\u001b[31m" }));
    expect(control.values.body).toBe("Text\u001b[31m");
    expect(control.errors.body?.length).toBeGreaterThan(0);
    const forged = await createCommentAction({ ...target, id: "00000000-0000-4000-8000-000000000000" }, empty, form({ body: "Hallo" }));
    expect(forged).toEqual({ values: { body: "Hallo" }, errors: { form: ["comments.errors.notAllowed"] } });
    const posted = await createCommentAction(target, empty, form({ body: "Hallo", isQuestion: "on" }));
    expect(posted.message).toBe("comments.form.posted");
    expect(posted.savedId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
