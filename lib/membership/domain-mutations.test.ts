import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, membershipDomains, users } from "@/db/schema";
import { newMember, runId, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { addDomain, removeDomain } from "./domain-mutations";
import { domainInput } from "./domain-schema";
import { verifyByEmailDomain } from "./mutations";

const add = (moderatorId: string, domain: string) => addDomain({ moderatorId, input: domainInput.parse({ body: "municipality", domain, municipalityAgs: WAIBLINGEN }) });

describe("the domain allowlist", () => {
  it("adds a domain (lower-cased), which then verifies at sign-in; a second time is a message; removing it is audited", async () => {
    const moderator = await newMember({ role: "moderator" });
    const domain = `rathaus-${runId}.de`;
    expect(await add(moderator, ` Rathaus-${runId}.DE `)).toEqual({ ok: true });
    expect(await add(moderator, domain)).toEqual({ ok: false, errors: { domain: ["joinAdmin.errors.domainTaken"] } });
    const [row] = await db.select().from(membershipDomains).where(eq(membershipDomains.domain, domain));
    expect(row).toMatchObject({ municipalityAgs: WAIBLINGEN, createdById: moderator });

    const [person] = await db.insert(users).values({ email: `neu@${domain}` }).returning({ id: users.id });
    expect(await verifyByEmailDomain(person!.id)).toBe(true);

    expect(await removeDomain({ moderatorId: moderator, domain })).toEqual({ ok: true });
    expect(await removeDomain({ moderatorId: moderator, domain })).toEqual({ ok: false, errors: { form: ["joinAdmin.errors.domainUnknown"] } });
    const entries = await db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.targetId, domain)).orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: "domain.added", actorId: moderator },
      { action: "domain.removed", actorId: moderator },
    ]);
  });

  it("lets no one else add or remove, and writes nothing then", async () => {
    const member = await newMember({ role: "organiser" });
    const domain = `fremd-${runId}.de`;
    expect(await add(member, domain)).toEqual({ ok: false, errors: { form: ["join.errors.notAllowed"] } });
    expect(await db.select().from(membershipDomains).where(eq(membershipDomains.domain, domain))).toEqual([]);
    await add(await newMember({ role: "admin" }), domain);
    expect(await removeDomain({ moderatorId: member, domain })).toEqual({ ok: false, errors: { form: ["join.errors.notAllowed"] } });
    expect(await db.select().from(membershipDomains).where(eq(membershipDomains.domain, domain))).toHaveLength(1);
  });

  it("refuses addresses, @ and malformed domains with a message", () => {
    const message = (domain: string) => domainInput.safeParse({ body: "municipality", domain, municipalityAgs: WAIBLINGEN }).error?.issues[0]?.message;
    expect(message("jana@fellbach.de")).toBe("joinAdmin.errors.domainWithAt");
    expect(message("@fellbach.de")).toBe("joinAdmin.errors.domainWithAt");
    for (const bad of ["fellbach", "-x.de", "fell bach.de", "x..de", "fellbach.d3", "a\u0000.de", "ä.de"]) expect(message(bad)).toBe("joinAdmin.errors.domainInvalid");
    expect(message("Stadt-Fellbach.DE")).toBeUndefined();
  });
});
