import { describe, expect, it } from "vitest";
import { addCoauthor, confirmStillCurrent, createSolution, updateSolution } from "@/lib/solutions/mutations";
import { listRevisionChanges } from "@/lib/solutions/revisions";
import { newMember, solutionFormInput, viewerOf } from "@/lib/solutions/test-fixtures";

async function create(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.slug;
}

describe("revision history", () => {
  it("shows contact e-mail and phone changes to verified members only", async () => {
    const author = await newMember();
    const contact = { contactName: "Jana Keller", contactEmail: "jana.keller@fellbach.de", contactPhone: "0711 5851-100" };
    const slug = await create(author, contact);
    const update = await updateSolution({
      editorId: author,
      slug,
      input: solutionFormInput({ ...contact, contactEmail: "j.keller@fellbach.de", contactPhone: "0711 5851-200", expectedVersion: 1 }),
    });
    expect(update.ok).toBe(true);

    const anonymous = JSON.stringify(await listRevisionChanges(slug));
    for (const secret of ["jana.keller@fellbach.de", "j.keller@fellbach.de", "5851-100", "5851-200", "contactEmail", "contactPhone"]) {
      expect(anonymous).not.toContain(secret);
    }
    const member = JSON.stringify(await listRevisionChanges(slug, await viewerOf(await newMember())));
    expect(member).toContain("j.keller@fellbach.de");
    expect(member).toContain("5851-200");
  });
});

describe("drafts of others", () => {
  it("are 'not found' to someone who may not see them, exactly like an unknown slug", async () => {
    const author = await newMember();
    const stranger = await newMember();
    const draft = await create(author, { intent: "draft" });
    const unknown = `gibt-es-nicht-${Date.now()}`;
    const notFound = { ok: false, errors: { form: ["errors.solutions.notFound"] } };
    const input = solutionFormInput({ expectedVersion: 1 });
    expect(await updateSolution({ editorId: stranger, slug: draft, input })).toEqual(await updateSolution({ editorId: stranger, slug: unknown, input }));
    expect(await updateSolution({ editorId: stranger, slug: draft, input })).toEqual(notFound);
    expect(await confirmStillCurrent({ memberId: stranger, slug: draft })).toEqual(notFound);
    expect(await addCoauthor({ authorId: stranger, slug: draft, coauthorId: author })).toEqual(notFound);
    expect(await addCoauthor({ authorId: stranger, slug: unknown, coauthorId: author })).toEqual(notFound);
  });
});
