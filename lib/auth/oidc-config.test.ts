import { describe, expect, it } from "vitest";
import { oidcConfig, oidcFormTarget } from "./oidc-config";

const complete = {
  OIDC_ISSUER: "https://login.land.example/realms/kommunen",
  OIDC_CLIENT_ID: "kommunalnetz",
  OIDC_CLIENT_SECRET: "s3cret",
  OIDC_DISPLAY_NAME: "Landeskonto",
};

describe("oidcConfig", () => {
  it("is null when no OIDC variable is set (or all are empty)", () => {
    expect(oidcConfig({})).toBeNull();
    expect(oidcConfig({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "" })).toBeNull();
  });

  it("reads a complete configuration, the AGS claim optional", () => {
    expect(oidcConfig(complete)).toEqual({
      issuer: complete.OIDC_ISSUER,
      clientId: "kommunalnetz",
      clientSecret: "s3cret",
      displayName: "Landeskonto",
      agsClaim: null,
    });
    expect(oidcConfig({ ...complete, OIDC_AGS_CLAIM: "ags" })?.agsClaim).toBe("ags");
  });

  it("refuses a half configuration and names what is missing", () => {
    expect(() => oidcConfig({ OIDC_ISSUER: complete.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID is required.*OIDC_CLIENT_SECRET is required.*OIDC_DISPLAY_NAME is required/);
    expect(() => oidcConfig({ OIDC_AGS_CLAIM: "ags" })).toThrow(/OIDC_ISSUER is required/);
  });

  it("refuses an issuer that is not https (except on localhost) and a malformed claim name", () => {
    expect(() => oidcConfig({ ...complete, OIDC_ISSUER: "http://login.land.example" })).toThrow(/OIDC_ISSUER must be an https URL/);
    expect(() => oidcConfig({ ...complete, OIDC_ISSUER: "javascript:alert(1)" })).toThrow(/OIDC_ISSUER/);
    expect(oidcConfig({ ...complete, OIDC_ISSUER: "http://127.0.0.1:4000" })?.issuer).toBe("http://127.0.0.1:4000");
    expect(() => oidcConfig({ ...complete, OIDC_AGS_CLAIM: "a b\n" })).toThrow(/OIDC_AGS_CLAIM/);
  });
});

describe("oidcFormTarget", () => {
  it("is the issuer's origin, or null without (or with a broken) configuration", () => {
    expect(oidcFormTarget(complete)).toBe("https://login.land.example");
    expect(oidcFormTarget({})).toBeNull();
    expect(oidcFormTarget({ OIDC_ISSUER: complete.OIDC_ISSUER })).toBeNull();
  });
});
