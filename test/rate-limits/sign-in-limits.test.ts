import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";

// Request-scoped Next.js helpers are the only stand-ins; Auth.js, the limits and the database are real.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ getAll: () => [] }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "de" }));

process.env.APP_URL = "https://kommunalnetz.example";
delete process.env.AUTH_URL;
const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { requestSignInLinkAction } = await import("@/lib/auth/actions");
const { NextRequest } = await import("next/server");

async function requestViaAuthJs(email: string) {
  const csrf = await GET(new NextRequest("https://kommunalnetz.example/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return POST(
    new NextRequest("https://kommunalnetz.example/api/auth/signin/email", {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/" }),
    }),
  );
}

const mailsTo = (email: string) => db.$count(mailOutbox, eq(mailOutbox.to, email));

describe("sign-in limits", () => {
  it("refuse the sixth sign-in mail to one address within the hour on both paths, with Retry-After", async () => {
    const email = `limit-${Date.now()}@fellbach.de`;
    for (let i = 0; i < 5; i += 1) expect((await requestViaAuthJs(email)).status).toBeLessThan(400);
    expect(await mailsTo(email)).toBe(5);

    const refused = await requestViaAuthJs(email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    // The app's own form counts against the same limit (the address in other spelling too).
    const form = new FormData();
    form.set("email", ` ${email.toUpperCase()} `);
    form.set("callbackUrl", "/");
    const state = await requestSignInLinkAction({ values: {}, errors: {} }, form);
    expect(state.errors.form).toEqual([expect.stringMatching(/^errors\.rateLimited\?minutes=(59|60)$/)]);
    expect(state.values.email).toBe(` ${email.toUpperCase()} `);
    expect(await mailsTo(email)).toBe(5);
  });

  it("count together across app instances that share the database", async () => {
    const first = await import("@/lib/rate-limits/mutations");
    vi.resetModules();
    const second = await import("@/lib/rate-limits/mutations");
    expect(second).not.toBe(first);
    const email = `instances-${Date.now()}@fellbach.de`;
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push((await (i % 2 ? second : first).consumeSignInLimits(email, null)).ok);
    expect(results).toEqual([true, true, true, true, true, false]);
  });
});

describe("per-IP sign-in limit", () => {
  it("reads the client IP from X-Forwarded-For only with TRUST_PROXY=1", async () => {
    const { clientIp } = await import("@/lib/rate-limits/rules");
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(clientIp(headers)).toBeNull();
    process.env.TRUST_PROXY = "1";
    expect(clientIp(headers)).toBe("198.51.100.7");
    delete process.env.TRUST_PROXY;
  });

  it("refuses a client that asks for more than RATE_LIMIT_SIGNIN_PER_IP mails to different addresses", async () => {
    process.env.RATE_LIMIT_SIGNIN_PER_IP = "3";
    const { consumeSignInLimits } = await import("@/lib/rate-limits/mutations");
    const ip = `198.51.100.${Date.now() % 250}`;
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push((await consumeSignInLimits(`ip-${i}-${Date.now()}@fellbach.de`, ip)).ok);
    expect(results).toEqual([true, true, true, false]);
    delete process.env.RATE_LIMIT_SIGNIN_PER_IP;
  });
});
