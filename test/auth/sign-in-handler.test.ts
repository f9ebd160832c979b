import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";

// The configured origin of this installation; the attacker's request names another one.
process.env.APP_URL = "https://kommunalnetz.example";
delete process.env.AUTH_URL;
const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { NextRequest } = await import("next/server");

const evilHeaders = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

/** Cookie header from a response's Set-Cookie lines (name=value only). */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");

async function requestLink(email: string, headers: Record<string, string>, callbackUrl = "/") {
  const csrf = await GET(new NextRequest("http://evil.example/api/auth/csrf", { headers }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await POST(
    new NextRequest("http://evil.example/api/auth/signin/email", {
      method: "POST",
      headers: { ...headers, cookie: cookiesOf(csrf), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, csrfToken, callbackUrl }),
    }),
  );
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.id)).limit(1);
  return { response, link: mail?.text.match(/https?:\/\/\S+/)?.[0] };
}

describe("Auth.js e-mail sign-in handler", () => {
  let link: string | undefined;
  beforeAll(async () => {
    ({ link } = await requestLink(`host-attack-${Date.now()}@fellbach.de`, evilHeaders));
  });

  it("builds the mailed link from the configured origin whatever Host and X-Forwarded-Host say", () => {
    expect(link).toBeDefined();
    const url = new URL(link!);
    expect(url.origin).toBe("https://kommunalnetz.example");
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(link).not.toContain("evil.example");
  });

  it("sets an HttpOnly, SameSite=Lax, Secure __Secure- session cookie on an https origin", async () => {
    const url = new URL(link!);
    const callback = await GET(new NextRequest(`http://evil.example${url.pathname}${url.search}`, { headers: evilHeaders }));
    const session = callback.headers.getSetCookie().find((line) => line.includes("session-token="));
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Secure/);
    expect(callback.headers.get("location")).toMatch(/^https:\/\/kommunalnetz\.example\//);
  });
});

describe("Auth.js redirect callback", () => {
  it.each(["/\t/evil.example", "/%09/evil.example", "/%0a/evil.example", "/%0d/evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example/", "https:evil.example"])(
    "sends a member who opens a link with callbackUrl=%j to this site",
    async (callbackUrl) => {
      const { response, link } = await requestLink(`redirect-${Date.now()}-${Math.random()}@fellbach.de`, evilHeaders, callbackUrl);
      // Auth.js itself refuses some of these outright; the others must not lead away after the link.
      if (!link) {
        expect(response.headers.get("location") ?? "").not.toContain("evil.example");
        return;
      }
      const url = new URL(link);
      const callback = await GET(new NextRequest(`https://kommunalnetz.example${url.pathname}${url.search}`));
      // ("https:evil.example" is a relative path on an https site: /evil.example, still ours.)
      expect(new URL(callback.headers.get("location")!).origin).toBe("https://kommunalnetz.example");
    },
  );
});

describe("sign-in links", () => {
  const open = (link: string) => {
    const url = new URL(link);
    return GET(new NextRequest(`https://kommunalnetz.example${url.pathname}${url.search}`));
  };
  const signedIn = (response: Response) => response.headers.getSetCookie().some((line) => line.includes("session-token="));

  it("work once, and a newer link replaces the older ones of the same address", async () => {
    const email = `links-${Date.now()}@fellbach.de`;
    const { link: older } = await requestLink(email, {});
    const { link: newer } = await requestLink(email, {});
    expect(older).not.toBe(newer);
    expect(signedIn(await open(older!))).toBe(false);
    expect(signedIn(await open(newer!))).toBe(true);
    expect(signedIn(await open(newer!))).toBe(false);
  });

  it("leave no usable token in the outbox once replaced or used", async () => {
    const email = `outbox-${Date.now()}@fellbach.de`;
    const { link: first } = await requestLink(email, {});
    const token = (link: string) => new URL(link).searchParams.get("token")!;
    const texts = async () => (await db.select({ text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, email))).map((m) => m.text).join("\n");
    const { link: second } = await requestLink(email, {});
    expect(await texts()).not.toContain(token(first!));
    expect(await texts()).toContain(token(second!));
    await open(second!);
    expect(await texts()).not.toContain(token(second!));
    expect(await texts()).toContain("token=REDACTED");
  });
});
