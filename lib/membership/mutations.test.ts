import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, membershipDomains, users } from "@/db/schema";
import { updateProfile } from "@/lib/members/mutations";
import { profileDetailsInput, profileInput } from "@/lib/members/schema";
import { verifyByEmailDomain, verifyByMunicipalityClaim } from "./mutations";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function newUser(email: string, status: "pending" | "verified" | "suspended" = "pending") {
  const [row] = await db.insert(users).values({ email, status }).returning({ id: users.id });
  return row!.id;
}
const read = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

describe("verifyByEmailDomain", () => {
  it("makes a pending person with an allowlisted domain a verified member of that municipality", async () => {
    const domain = `allow-${unique()}.de`;
    await db.insert(membershipDomains).values({ domain, municipalityAgs: "08119020" });
    const id = await newUser(`Jana@${domain.toUpperCase()}`);
    expect(await verifyByEmailDomain(id)).toBe(true);
    const row = await read(id);
    expect(row).toMatchObject({ status: "verified", municipalityAgs: "08119020", organisationId: null });
    expect(row.verifiedAt).toBeInstanceOf(Date);
  });

  it("leaves other domains pending, and a suspended member suspended", async () => {
    const domain = `allow-${unique()}.de`;
    await db.insert(membershipDomains).values({ domain, municipalityAgs: "08119020" });
    const other = await newUser(`max@other-${unique()}.de`);
    expect(await verifyByEmailDomain(other)).toBe(false);
    expect((await read(other)).status).toBe("pending");
    // A subdomain is its own entry.
    const sub = await newUser(`max@rathaus.${domain}`);
    expect(await verifyByEmailDomain(sub)).toBe(false);
    const suspended = await newUser(`s@${domain}`, "suspended");
    expect(await verifyByEmailDomain(suspended)).toBe(false);
    expect((await read(suspended)).status).toBe("suspended");
  });
});

describe("updateProfile and a verified municipality", () => {
  it("keeps a verified member's municipality fixed, in the UPDATE, and lets the rest change", async () => {
    const domain = `allow-${unique()}.de`;
    await db.insert(membershipDomains).values({ domain, municipalityAgs: "08119020" });
    const id = await newUser(`jana@${domain}`);
    await verifyByEmailDomain(id);
    expect(await updateProfile(id, profileInput.parse({ name: "Jana", municipalityAgs: "08119079" }))).toEqual({
      ok: false,
      errors: { municipalityAgs: ["errors.municipalityFixed"] },
    });
    expect((await read(id)).municipalityAgs).toBe("08119020");
    expect(await updateProfile(id, profileInput.parse({ name: "Jana Keller", municipalityAgs: "08119020" }))).toEqual({ ok: true });
    expect((await read(id)).name).toBe("Jana Keller");
  });

  it("changes only name and role title when no municipality is sent (a verified member's form)", async () => {
    const domain = `allow-${unique()}.de`;
    await db.insert(membershipDomains).values({ domain, municipalityAgs: "08119020" });
    const id = await newUser(`lena@${domain}`);
    await verifyByEmailDomain(id);
    expect(await updateProfile(id, profileDetailsInput.parse({ name: "Lena Wagner", roleTitle: "Referentin" }))).toEqual({ ok: true });
    expect(await read(id)).toMatchObject({ name: "Lena Wagner", roleTitle: "Referentin", municipalityAgs: "08119020", status: "verified" });
  });

  it("lets a pending member name (and change) their municipality", async () => {
    const id = await newUser(`max@other-${unique()}.de`);
    expect(await updateProfile(id, profileInput.parse({ name: "Max", municipalityAgs: "08119079" }))).toEqual({ ok: true });
    expect(await updateProfile(id, profileInput.parse({ name: "Max", municipalityAgs: "08119020" }))).toEqual({ ok: true });
    expect((await read(id)).status).toBe("pending");
  });
});

describe("verifyByMunicipalityClaim", () => {
  const auditOf = (id: string) => db.select().from(auditLog).where(eq(auditLog.targetId, id));

  it("makes a pending person a verified member of an existing municipality, audited in the same write", async () => {
    const id = await newUser(`claim-${unique()}@kreis.example`);
    expect(await verifyByMunicipalityClaim(id, "08119020")).toBe(true);
    expect(await read(id)).toMatchObject({ status: "verified", municipalityAgs: "08119020" });
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ action: "member.status_changed", before: { status: "pending" }, after: { status: "verified", via: "oidc" } });
  });

  it("does nothing for an unknown AGS, a verified or a suspended member, and audits nothing then", async () => {
    const unknown = await newUser(`claim-${unique()}@kreis.example`);
    expect(await verifyByMunicipalityClaim(unknown, "99999999")).toBe(false);
    const verified = await newUser(`claim-${unique()}@kreis.example`, "verified");
    expect(await verifyByMunicipalityClaim(verified, "08119020")).toBe(false);
    expect((await read(verified)).municipalityAgs).toBeNull();
    const suspended = await newUser(`claim-${unique()}@kreis.example`, "suspended");
    expect(await verifyByMunicipalityClaim(suspended, "08119020")).toBe(false);
    expect((await read(suspended)).status).toBe("suspended");
    for (const id of [unknown, verified, suspended]) expect(await auditOf(id)).toHaveLength(0);
  });
});
