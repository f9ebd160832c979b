import { describe, expect, it } from "vitest";
import { createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, viewerOf } from "@/lib/solutions/test-fixtures";
import { getMemberProfile } from "./queries";

describe("getMemberProfile", () => {
  it("shows name, municipality and published solutions, never the e-mail address or drafts", async () => {
    const id = await newMember({ municipalityAgs: FELLBACH, name: `Profil ${runId}` });
    const published = await createSolution({ authorId: id, input: solutionFormInput({ title: `Profil veröffentlicht ${runId}` }) });
    const draft = await createSolution({ authorId: id, input: { ...solutionFormInput({ title: `Profil Entwurf ${runId}` }), intent: "draft" } });
    expect(published.ok && draft.ok).toBe(true);
    const profile = await getMemberProfile(id, await viewerOf(await newMember({ municipalityAgs: FELLBACH })));
    expect(profile).toMatchObject({ id, name: `Profil ${runId}`, municipalityAgs: FELLBACH });
    expect(profile!.solutions.map((s) => s.title)).toEqual([`Profil veröffentlicht ${runId}`]);
    expect(JSON.stringify(profile)).not.toContain("@");
  });

  it("knows no member without a name (sign-up not finished) and no unknown id", async () => {
    const viewer = await viewerOf(await newMember({ municipalityAgs: FELLBACH }));
    expect(await getMemberProfile("no-such-member", viewer)).toBeNull();
    expect(await getMemberProfile(await newMember({ municipalityAgs: FELLBACH, name: "" }), viewer)).toBeNull();
  });
});
