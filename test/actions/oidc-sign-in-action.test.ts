import { afterEach, describe, expect, it, vi } from "vitest";
import { form, redirectTarget } from "@/test/action-helpers";

// Auth.js' signIn is recorded, not run (the whole flow against a real issuer:
// test/auth/oidc-sign-in.test.ts); the action's own decisions are what is tested here.
const calls: unknown[][] = [];
vi.mock("@/lib/auth/config", async () => ({ ...(await import("@/test/stand-ins")), signIn: async (...args: unknown[]) => void calls.push(args) }));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { signInWithOidcAction } = await import("@/lib/auth/actions");

const configure = () =>
  Object.assign(process.env, {
    OIDC_ISSUER: "https://login.land.example",
    OIDC_CLIENT_ID: "kommunalnetz",
    OIDC_CLIENT_SECRET: "s3cret",
    OIDC_DISPLAY_NAME: "Landeskonto",
  });

afterEach(() => {
  calls.length = 0;
  for (const name of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME"]) delete process.env[name];
});

describe("signInWithOidcAction", () => {
  it("sends back to the sign-in page when no identity provider is configured", async () => {
    expect(await redirectTarget(signInWithOidcAction(form({ callbackUrl: "/solutions" })))).toBe("/signin");
    expect(calls).toEqual([]);
  });

  it("starts the sign-in with the same-origin return path, through onboarding as the e-mail link does", async () => {
    configure();
    await signInWithOidcAction(form({ callbackUrl: "/solutions?q=Wohngeld" }));
    expect(calls).toEqual([["oidc", { redirectTo: "/onboarding?next=%2Fsolutions%3Fq%3DWohngeld" }]]);
  });

  it.each(["//evil.example", "https://evil.example/", "/\t/evil.example", "/%5C/evil.example"])("never returns off the site for callbackUrl=%j", async (callbackUrl) => {
    configure();
    await signInWithOidcAction(form({ callbackUrl }));
    expect(calls).toEqual([["oidc", { redirectTo: "/onboarding?next=%2F" }]]);
  });
});
