import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { changeMemberRole, rememberLocale, updateProfile } from "./mutations";
import { profileInput } from "./schema";

async function newUser(email: string) {
  const [row] = await db.insert(users).values({ email }).returning({ id: users.id });
  return row!.id;
}

describe("rememberLocale", () => {
  it("keeps the language a member last used, and German for anything else", async () => {
    const id = await newUser(`locale-${Date.now()}@example.de`);
    const locale = async () => (await db.select({ locale: users.locale }).from(users).where(eq(users.id, id)))[0]?.locale;
    expect(await locale()).toBe("de");
    await rememberLocale(id, "en");
    expect(await locale()).toBe("en");
    await rememberLocale(id, "fr");
    expect(await locale()).toBe("de");
  });
});

describe("updateProfile", () => {
  it("stores name, municipality and role title", async () => {
    const id = await newUser(`profile-${Date.now()}@fellbach.de`);
    const input = profileInput.parse({ name: " Jana Keller ", municipalityAgs: "08119020", roleTitle: "OZG-Koordinatorin" });
    expect(await updateProfile(id, input)).toEqual({ ok: true });
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ name: "Jana Keller", municipalityAgs: "08119020", roleTitle: "OZG-Koordinatorin", role: "member" });
  });

  it("refuses a municipality that is not in the directory and changes nothing", async () => {
    const id = await newUser(`forged-${Date.now()}@example.de`);
    expect(await updateProfile(id, profileInput.parse({ name: "Max", municipalityAgs: "12345678" }))).toEqual({
      ok: false,
      errors: { municipalityAgs: ["errors.municipalityUnknown"] },
    });
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row?.municipalityAgs).toBeNull();
    expect(row?.name).toBeNull();
  });

  it("reports missing and malformed fields with message keys", () => {
    const result = profileInput.safeParse({ name: "J", municipalityAgs: "" });
    const keys = result.error!.issues.map((i) => i.message);
    expect(keys).toEqual(expect.arrayContaining(["errors.nameTooShort", "errors.municipalityRequired"]));
  });
});

describe("changeMemberRole", () => {
  it("lets an admin grant the organiser role, and nobody else", async () => {
    const admin = await newUser(`admin-${Date.now()}@stadt.de`);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin));
    const member = await newUser(`member-${Date.now()}@stadt.de`);
    const other = await newUser(`other-${Date.now()}@stadt.de`);

    expect(await changeMemberRole({ adminId: other, memberId: member, role: "organiser" })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await changeMemberRole({ adminId: admin, memberId: member, role: "organiser" })).toEqual({ ok: true });
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, member));
    expect(row?.role).toBe("organiser");
  });

  it("changes nothing when the caller is not an admin, also for a caller who was demoted", async () => {
    const member = await newUser(`target-${Date.now()}@stadt.de`);
    const demoted = await newUser(`demoted-${Date.now()}@stadt.de`);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, demoted));
    await db.update(users).set({ role: "moderator" }).where(eq(users.id, demoted));
    const roleOf = async () => (await db.select({ role: users.role, updatedAt: users.updatedAt }).from(users).where(eq(users.id, member)))[0];
    const before = await roleOf();
    for (const role of ["admin", "organiser", "moderator"] as const) {
      expect(await changeMemberRole({ adminId: demoted, memberId: member, role })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    }
    expect(await changeMemberRole({ adminId: "no-such-caller", memberId: member, role: "admin" })).toEqual({ ok: false, errors: { form: ["errors.notAllowed"] } });
    expect(await roleOf()).toEqual(before);
  });

  it("refuses an admin changing their own role and an unknown member", async () => {
    const admin = await newUser(`admin2-${Date.now()}@stadt.de`);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin));
    expect(await changeMemberRole({ adminId: admin, memberId: admin, role: "member" })).toEqual({ ok: false, errors: { form: ["errors.roleOwn"] } });
    expect(await changeMemberRole({ adminId: admin, memberId: "no-such-id", role: "member" })).toEqual({ ok: false, errors: { form: ["errors.memberUnknown"] } });
  });
});

describe("changeMemberRole: the last admin", () => {
  it("two admins demoting each other at the same moment: one of them stays admin (as if they were the last two)", async () => {
    for (let round = 0; round < 10; round++) {
      const a = await newUser(`last-a-${round}-${Date.now()}@stadt.de`);
      const b = await newUser(`last-b-${round}-${Date.now()}@stadt.de`);
      await db.update(users).set({ role: "admin" }).where(inArray(users.id, [a, b]));
      const results = await Promise.all([
        changeMemberRole({ adminId: a, memberId: b, role: "member" }),
        changeMemberRole({ adminId: b, memberId: a, role: "member" }),
      ]);
      const admins = await db.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), inArray(users.id, [a, b])));
      expect(admins).toHaveLength(1);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      await db.update(users).set({ role: "member" }).where(inArray(users.id, [a, b]));
    }
  });
});

describe("changeMemberRole: audit", () => {
  it("records the change with the role before and after, in the same transaction", async () => {
    const admin = await newUser(`audit-admin-${Date.now()}@stadt.de`);
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin));
    const member = await newUser(`audit-member-${Date.now()}@stadt.de`);
    expect(await changeMemberRole({ adminId: admin, memberId: member, role: "moderator" })).toEqual({ ok: true });
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, member));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin, action: "member.role_changed", targetType: "member", subjectMemberId: member, before: { role: "member" }, after: { role: "moderator" } });
    // A refused change writes no entry.
    await changeMemberRole({ adminId: member, memberId: admin, role: "member" });
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, admin))).toHaveLength(0);
  });
});
