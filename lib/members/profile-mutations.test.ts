import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberExpertise, users } from "@/db/schema";
import { FELLBACH, newMember, runId, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { updateProfileDetails } from "./profile-mutations";
import { profileDetailsExtraInput } from "./profile-schema";
import { getProfileDetails } from "./queries";

const input = (overrides: Record<string, unknown> = {}) =>
  profileDetailsExtraInput.parse({ bio: "Ich koordiniere das OZG in Fellbach.", phone: "0711 5851-123", showEmail: "on", software: "Fachverfahren X\n\n  Formularserver  \nfachverfahren x", themenfeldIds: ["8"], serviceIds: [String(WOHNGELD)], ...overrides });

describe("profileDetailsExtraInput", () => {
  it("turns the software lines into a list without blanks and duplicates, and the boxes into booleans", () => {
    expect(input()).toMatchObject({ software: ["Fachverfahren X", "Formularserver"], showEmail: true, showPhone: false, themenfeldIds: [8], serviceIds: [WOHNGELD] });
  });

  it("names the field of each malformed value with a message key", () => {
    const result = profileDetailsExtraInput.safeParse({
      bio: "x".repeat(1001),
      phone: "ruf mich an",
      software: Array.from({ length: 11 }, (_, i) => `Verfahren ${i}`).join("\n"),
      themenfeldIds: ["abc"],
      serviceIds: ["123456"],
    });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      bio: "errors.profile.bioTooLong",
      phone: "errors.profile.phoneInvalid",
      software: "errors.profile.softwareTooMany",
      themenfeldIds: "errors.themenfeldInvalid",
      serviceIds: "errors.serviceIdInvalid",
    });
    expect(profileDetailsExtraInput.safeParse({ software: "y".repeat(81) }).error!.issues[0]).toMatchObject({ path: ["software", 0], message: "errors.profile.softwareTooLong" });
  });
});

describe("updateProfileDetails", () => {
  it("stores bio, contact choices, software and expertise, and replaces the expertise on the next save", async () => {
    const id = await newMember({ municipalityAgs: FELLBACH, name: `Profil Details ${runId}` });
    expect(await updateProfileDetails({ memberId: id, input: input() })).toEqual({ ok: true });
    expect(await getProfileDetails(id)).toMatchObject({
      bio: "Ich koordiniere das OZG in Fellbach.",
      phone: "0711 5851-123",
      showEmail: true,
      showPhone: false,
      software: ["Fachverfahren X", "Formularserver"],
      themenfelder: [{ id: 8 }],
      services: [{ id: WOHNGELD }],
    });
    expect(await updateProfileDetails({ memberId: id, input: input({ bio: "", phone: "", showEmail: undefined, software: "", themenfeldIds: [], serviceIds: [] }) })).toEqual({ ok: true });
    expect(await getProfileDetails(id)).toEqual({ bio: null, phone: null, showEmail: false, showPhone: false, software: [], themenfelder: [], services: [] });
  });

  it("refuses a Themenfeld or service that is not in the catalogue and changes nothing", async () => {
    const id = await newMember({ municipalityAgs: FELLBACH });
    expect(await updateProfileDetails({ memberId: id, input: input({ themenfeldIds: ["9999"] }) })).toEqual({ ok: false, errors: { themenfeldIds: ["errors.themenfeldInvalid"] } });
    expect(await updateProfileDetails({ memberId: id, input: input({ serviceIds: ["99999"] }) })).toEqual({ ok: false, errors: { serviceIds: ["errors.serviceIdInvalid"] } });
    const [row] = await db.select({ bio: users.bio }).from(users).where(eq(users.id, id));
    expect(row?.bio).toBeNull();
    expect(await db.select().from(memberExpertise).where(eq(memberExpertise.userId, id))).toEqual([]);
  });

  it("does not write a suspended member's profile or an unknown member", async () => {
    const id = await newMember({ municipalityAgs: FELLBACH, status: "suspended" });
    expect(await updateProfileDetails({ memberId: id, input: input() })).toEqual({ ok: false, errors: { form: ["errors.memberUnknown"] } });
    expect(await updateProfileDetails({ memberId: "no-such-member", input: input() })).toEqual({ ok: false, errors: { form: ["errors.memberUnknown"] } });
    expect(await db.select().from(memberExpertise).where(eq(memberExpertise.userId, id))).toEqual([]);
  });
});
