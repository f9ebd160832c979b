import { describe, expect, it } from "vitest";
import { isAdminEmail } from "./permissions";
import { safeReturnPath, signInInput } from "./schema";

describe("signInInput", () => {
  it("accepts and trims a valid address", () => {
    expect(signInInput.parse({ email: "  jana@fellbach.de " }).email).toBe("jana@fellbach.de");
  });

  it("reports an empty and an invalid address with their own message keys", () => {
    expect(signInInput.safeParse({ email: "" }).error?.issues[0]?.message).toBe("errors.emailRequired");
    expect(signInInput.safeParse({ email: "jana@" }).error?.issues[0]?.message).toBe("errors.emailInvalid");
  });
});

describe("safeReturnPath", () => {
  it("keeps local paths and replaces everything that could leave the site", () => {
    expect(safeReturnPath.parse("/municipalities?q=a")).toBe("/municipalities?q=a");
    expect(safeReturnPath.parse("https://evil.example")).toBe("/");
    expect(safeReturnPath.parse("//evil.example")).toBe("/");
    expect(safeReturnPath.parse("/\\evil.example")).toBe("/");
    expect(safeReturnPath.parse(undefined)).toBe("/");
  });
});

describe("isAdminEmail", () => {
  it("matches ADMIN_EMAILS case-insensitively", () => {
    process.env.ADMIN_EMAILS = "Chef@Stadt.de, it@stadt.de";
    expect(isAdminEmail("chef@stadt.de")).toBe(true);
    expect(isAdminEmail("other@stadt.de")).toBe(false);
    expect(isAdminEmail(null)).toBe(false);
    delete process.env.ADMIN_EMAILS;
  });
});
