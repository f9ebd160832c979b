import { describe, expect, it } from "vitest";
import { createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, viewerOf, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { countMembersOfMunicipality, getMemberProfile, listMembersForAdmin, listMembersOfMunicipality } from "./queries";
import { memberSearchInput } from "./schema";

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

describe("listMembersForAdmin", () => {
  it("filters by name, role and status together, and a malformed status is a field error", async () => {
    const label = `Verwaltungsliste ${runId}`;
    const moderator = await newMember({ name: `${label} Moderation`, role: "moderator" });
    const suspended = await newMember({ name: `${label} Gesperrt`, status: "suspended" });
    const pending = await newMember({ name: `${label} Wartend`, municipalityAgs: null });
    const ids = async (filters: Record<string, string>) =>
      (await listMembersForAdmin({ ...memberSearchInput.parse({ q: label, ...filters }) })).items.map((m) => m.id).sort();
    expect(await ids({})).toEqual([moderator, suspended, pending].sort());
    expect(await ids({ role: "moderator" })).toEqual([moderator]);
    expect(await ids({ status: "suspended" })).toEqual([suspended]);
    expect(await ids({ status: "pending" })).toEqual([pending]);
    expect(await ids({ role: "moderator", status: "suspended" })).toEqual([]);
    // The form's "all" option sends an empty value.
    expect(await ids({ role: "", status: "" })).toEqual([moderator, suspended, pending].sort());
    expect(memberSearchInput.safeParse({ status: "deleted" }).error?.issues[0]?.message).toBe("errors.memberStatusInvalid");
  });
});

describe("members of a municipality", () => {
  it("lists and counts the verified members with a name only: a pending member's municipality is a claim", async () => {
    const before = await countMembersOfMunicipality(WAIBLINGEN);
    const verified = await newMember({ municipalityAgs: WAIBLINGEN, name: `Bestätigt ${runId}` });
    const pending = await newMember({ municipalityAgs: WAIBLINGEN, name: `Behauptet ${runId}`, status: "pending" });
    await newMember({ municipalityAgs: WAIBLINGEN, name: `Gesperrt ${runId}`, status: "suspended" });
    const ids = (await listMembersOfMunicipality(WAIBLINGEN)).map((m) => m.id);
    expect(ids).toContain(verified);
    expect(ids).not.toContain(pending);
    expect(await countMembersOfMunicipality(WAIBLINGEN)).toBe(before + 1);
  });
});
