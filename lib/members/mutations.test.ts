import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { updateProfile } from "./mutations";
import { profileInput } from "./schema";

async function newUser(email: string) {
  const [row] = await db.insert(users).values({ email }).returning({ id: users.id });
  return row!.id;
}

describe("updateProfile", () => {
  it("stores name, municipality and role title", async () => {
    const id = await newUser(`profile-${Date.now()}@fellbach.de`);
    const input = profileInput.parse({ name: " Jana Keller ", municipalityAgs: "08119020", roleTitle: "OZG-Koordinatorin" });
    expect(await updateProfile(id, input)).toBe(true);
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ name: "Jana Keller", municipalityAgs: "08119020", roleTitle: "OZG-Koordinatorin", role: "member" });
  });

  it("refuses a municipality that is not in the directory and changes nothing", async () => {
    const id = await newUser(`forged-${Date.now()}@example.de`);
    expect(await updateProfile(id, profileInput.parse({ name: "Max", municipalityAgs: "12345678" }))).toBe(false);
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
