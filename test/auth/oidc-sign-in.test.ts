import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { accounts, auditLog, sessions, users } from "@/db/schema";

// Single sign-on against a real OpenID Connect issuer (oidc-provider) on a free localhost port:
// Auth.js' own route handlers do discovery, the authorization redirect, and at the callback the
// code exchange and the checks of state, PKCE and nonce over real HTTP.
// (localhost: Next.js writes 127.0.0.1 in request URLs as localhost.)
const APP = "http://localhost:3998";
process.env.APP_URL = APP;
delete process.env.AUTH_URL;
const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { NextRequest } = await import("next/server");

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** The people the test issuer knows: account id → claims. */
const people = new Map<string, Record<string, unknown>>();
let server: Server;
let issuer: string;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider: Provider = new Provider(issuer, {
    clients: [
      {
        client_id: "kommunalnetz",
        client_secret: "test-client-secret",
        redirect_uris: [`${APP}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "ags"] },
    // The claims go into the ID token, which is what Auth.js reads (as Keycloak does by default).
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) =>
      people.has(id) ? { accountId: id, claims: () => ({ sub: id, ...people.get(id) }) } : undefined,
    // A first-party client: no consent screen.
    loadExistingGrant: async (ctx: { oidc: { session: { accountId: string }; client: { clientId: string } } }) => {
      const grant = new provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name", "ags"]);
      await grant.save();
      return grant;
    },
    cookies: { keys: ["oidc-test-cookie-key"] },
    pkce: { required: () => true },
  });
  server.on("request", provider.callback());
  process.env.OIDC_ISSUER = issuer;
  process.env.OIDC_CLIENT_ID = "kommunalnetz";
  process.env.OIDC_CLIENT_SECRET = "test-client-secret";
  process.env.OIDC_DISPLAY_NAME = "Landeskonto";
  process.env.OIDC_AGS_CLAIM = "ags";
});

afterAll(async () => {
  for (const name of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME", "OIDC_AGS_CLAIM"]) delete process.env[name];
  await new Promise((resolve) => server.close(resolve));
});

type Jar = Map<string, string>;
const keep = (jar: Jar, response: Response) => {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    const name = pair!.slice(0, at);
    const value = pair!.slice(at + 1);
    if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.set(name, value);
    else jar.delete(name);
  }
};
const header = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Clicks "Anmelden mit …": Auth.js sets its check cookies and sends the browser to the issuer. */
async function start(callbackUrl = "/") {
  const app: Jar = new Map();
  const csrf = await GET(new NextRequest(`${APP}/api/auth/csrf`));
  keep(app, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await POST(
    new NextRequest(`${APP}/api/auth/signin/oidc`, {
      method: "POST",
      headers: { cookie: header(app), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl }),
    }),
  );
  keep(app, response);
  return { app, authorize: response.headers.get("location")! };
}

/** Signs in at the issuer as `accountId` and returns the callback URL it redirects to. */
async function loginAtIssuer(authorize: string, accountId: string): Promise<URL> {
  const jar: Jar = new Map();
  let url = authorize;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      headers: { cookie: header(jar), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body,
      redirect: "manual",
    });
    keep(jar, response);
    body = undefined;
    const location = response.headers.get("location");
    if (location?.startsWith(APP)) return new URL(location);
    if (location) {
      url = new URL(location, url).href;
    } else if (response.status === 200 && /\/interaction\//.test(url)) {
      // The issuer's login form (its development interaction): any password.
      body = new URLSearchParams({ prompt: "login", login: accountId, password: "x" });
    } else {
      throw new Error(`issuer answered ${response.status} at ${url}: ${await response.text()}`);
    }
  }
  throw new Error("too many redirects at the issuer");
}

/** Back at this site: Auth.js' callback route with the browser's cookies. */
async function callback(url: URL, app: Jar) {
  const response = await GET(new NextRequest(url, { headers: { cookie: header(app) } }));
  const session = response.headers
    .getSetCookie()
    .find((line) => line.startsWith("authjs.session-token=") && !/max-age=0|expires=thu, 01 jan 1970/i.test(line));
  return { location: response.headers.get("location") ?? "", session: session?.split(";")[0]!.split("=")[1] };
}

async function signInAs(claims: Record<string, unknown>, callbackUrl = "/") {
  const sub = `sub-${unique()}`;
  people.set(sub, claims);
  const { app, authorize } = await start(callbackUrl);
  const back = await loginAtIssuer(authorize, sub);
  return { sub, ...(await callback(back, app)) };
}

const userByEmail = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
const accountOf = async (sub: string) => (await db.select().from(accounts).where(and(eq(accounts.provider, "oidc"), eq(accounts.providerAccountId, sub))))[0];

describe("single sign-on with OpenID Connect", () => {
  it("sends the browser to the issuer with PKCE (S256), state and nonce", async () => {
    const { authorize, app } = await start();
    const url = new URL(authorize);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(url.searchParams.get("redirect_uri")).toBe(`${APP}/api/auth/callback/oidc`);
    expect([...app.keys()]).toEqual(expect.arrayContaining(["authjs.pkce.code_verifier", "authjs.state", "authjs.nonce"]));
  });

  it("signs a new person in: a session, the account row (without the provider's tokens) and the return path", async () => {
    const email = `sso-new-${unique()}@kreis.example`;
    const { sub, location, session } = await signInAs({ email, email_verified: true, name: "Jana Keller" }, "/solutions?q=a");
    expect(session).toBeTruthy();
    const user = await userByEmail(email);
    expect(user).toMatchObject({ name: "Jana Keller", status: "pending" });
    const account = await accountOf(sub);
    expect(account).toMatchObject({ userId: user!.id, type: "oidc", access_token: null, id_token: null, refresh_token: null });
    const [row] = await db.select().from(sessions).where(eq(sessions.sessionToken, session!));
    expect(row?.userId).toBe(user!.id);
    expect(location).toBe(`${APP}/solutions?q=a`);
  });

  it("links the account to an existing member with the same, verified address", async () => {
    const email = `sso-existing-${unique()}@kreis.example`;
    const [existing] = await db.insert(users).values({ email, name: "Max" }).returning({ id: users.id });
    const { sub, session } = await signInAs({ email: email.toUpperCase(), email_verified: true });
    expect(session).toBeTruthy();
    expect((await accountOf(sub))?.userId).toBe(existing!.id);
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("refuses an address the issuer has not verified: nothing linked, nothing created", async () => {
    const email = `sso-unverified-${unique()}@kreis.example`;
    const [existing] = await db.insert(users).values({ email }).returning({ id: users.id });
    for (const flag of [false, "true", undefined]) {
      const { sub, location, session } = await signInAs({ email, email_verified: flag });
      expect(session).toBeUndefined();
      expect(location).toBe(`${APP}/signin/error?error=OidcEmailUnverified`);
      expect(await accountOf(sub)).toBeUndefined();
    }
    const fresh = `sso-unverified-new-${unique()}@kreis.example`;
    const { location } = await signInAs({ email: fresh, email_verified: false });
    expect(location).toBe(`${APP}/signin/error?error=OidcEmailUnverified`);
    expect(await userByEmail(fresh)).toBeUndefined();
    expect(await db.select().from(sessions).where(eq(sessions.userId, existing!.id))).toHaveLength(0);
  });

  it("refuses a suspended member", async () => {
    const email = `sso-suspended-${unique()}@kreis.example`;
    const [member] = await db.insert(users).values({ email, status: "suspended" }).returning({ id: users.id });
    const { sub, location, session } = await signInAs({ email, email_verified: true });
    expect(session).toBeUndefined();
    expect(location).toBe(`${APP}/signin/error?error=Suspended`);
    expect(await accountOf(sub)).toBeUndefined();
    expect(await db.select().from(sessions).where(eq(sessions.userId, member!.id))).toHaveLength(0);
  });

  it("refuses a callback whose state belongs to another sign-in", async () => {
    const email = `sso-state-${unique()}@kreis.example`;
    const sub = `sub-${unique()}`;
    people.set(sub, { email, email_verified: true });
    const mine = await start();
    const other = await start();
    const back = await loginAtIssuer(mine.authorize, sub);
    back.searchParams.set("state", new URL(other.authorize).searchParams.get("state")!);
    const { location, session } = await callback(back, mine.app);
    expect(session).toBeUndefined();
    expect(new URL(location).pathname).toBe("/signin/error");
    expect(await userByEmail(email)).toBeUndefined();
  });

  it("refuses an ID token whose nonce is not the one this browser was given", async () => {
    const email = `sso-nonce-${unique()}@kreis.example`;
    const sub = `sub-${unique()}`;
    people.set(sub, { email, email_verified: true });
    const mine = await start();
    const other = await start();
    const back = await loginAtIssuer(mine.authorize, sub);
    // State and PKCE verifier are this sign-in's own; only the nonce cookie is another's.
    mine.app.set("authjs.nonce", other.app.get("authjs.nonce")!);
    const { location, session } = await callback(back, mine.app);
    expect(session).toBeUndefined();
    expect(new URL(location).pathname).toBe("/signin/error");
    expect(await userByEmail(email)).toBeUndefined();
    expect(await accountOf(sub)).toBeUndefined();
  });

  it("makes a pending person a verified member of the municipality in the AGS claim, audited with ids and values only", async () => {
    const email = `sso-ags-${unique()}@kreis.example`;
    const { session } = await signInAs({ email, email_verified: true, ags: "08119020" });
    expect(session).toBeTruthy();
    const user = await userByEmail(email);
    expect(user).toMatchObject({ status: "verified", municipalityAgs: "08119020", organisationId: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, user!.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "member.status_changed", actorId: null, subjectMemberId: user!.id, after: { status: "verified", via: "oidc" } });
    expect(JSON.stringify(audit[0])).not.toContain(email);
  });

  it("keeps a verified member's municipality, and ignores an unknown or malformed AGS", async () => {
    const email = `sso-verified-${unique()}@kreis.example`;
    await db.insert(users).values({ email, status: "verified", municipalityAgs: "08119079" });
    await signInAs({ email, email_verified: true, ags: "08119020" });
    expect(await userByEmail(email)).toMatchObject({ status: "verified", municipalityAgs: "08119079" });
    for (const ags of ["99999999", "0811902", 8119020, "08119020\n"]) {
      const other = `sso-bad-ags-${unique()}@kreis.example`;
      const { session } = await signInAs({ email: other, email_verified: true, ags });
      expect(session).toBeTruthy();
      expect(await userByEmail(other)).toMatchObject({ status: "pending", municipalityAgs: null });
    }
  });

  it("falls back to the e-mail domain allowlist without an AGS claim", async () => {
    const email = `sso-domain-${unique()}@fellbach.de`;
    await signInAs({ email, email_verified: true });
    expect((await userByEmail(email))?.status).toBe("verified");
  });
});
