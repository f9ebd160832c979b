import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { EmailConfig, OIDCConfig } from "next-auth/providers";
import { cookies } from "next/headers";
import { getConnection } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { absoluteUrl, appOrigin } from "@/lib/config/origin";
import { logger } from "@/lib/log/logger";
import { isAdminEmail } from "./permissions";
import { isSessionCookieName } from "./rules";
import { sameOriginPath } from "./return-urls";
import { ensureAuthSecret } from "./secret-config";
import { redactSignInLinks } from "./link-mutations";
import { sendSignInLink } from "./sign-in-mail";
import { verifyByEmailDomain, verifyByMunicipalityClaim } from "@/lib/membership/mutations";
import { oidcConfig, type OidcConfig } from "./oidc-config";
import { agsFromClaims, nameFromClaims, verifiedEmail, type OidcClaims, type OidcRefusal } from "./oidc-rules";
import { memberForSignIn } from "./queries";
import { suspendedSignInRedirect } from "@/lib/moderation/permissions";

// Auth.js reads AUTH_URL itself wherever it needs an origin (the request URL of its route handler,
// the URLs of server-side signIn/signOut, the magic link): with it set, it never builds a URL from
// the Host or X-Forwarded-Host header. So it is always set, to the one configured origin.
process.env.AUTH_URL = appOrigin();

const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "E-Mail",
  // A sign-in link is valid for one hour.
  maxAge: 60 * 60,
  sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink({ email: identifier, url, expires }),
};

/**
 * Single sign-on with the operator's identity provider (OIDC_*; lib/auth/oidc-config.ts), found by
 * issuer discovery. The authorization code flow is bound to this browser by PKCE, state and nonce,
 * each checked by Auth.js at the callback (/api/auth/callback/oidc).
 *
 * An existing member is found by e-mail address: Auth.js links such an account only with
 * allowDangerousEmailAccountLinking, and the signIn callback below lets a sign-in through only
 * when the provider marks the address as verified, so nothing is linked or created otherwise.
 */
function oidcProvider(settings: OidcConfig): OIDCConfig<OidcClaims> {
  return {
    id: "oidc",
    type: "oidc",
    name: settings.displayName,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    allowDangerousEmailAccountLinking: true,
    profile: (claims) => ({ id: String(claims.sub), email: verifiedEmail(claims), name: nameFromClaims(claims), image: null }),
  };
}

const refused = (reason: OidcRefusal) => `/signin/error?error=${reason}`;

// Built per request: the adapter must see the real database handle, which is opened on first use
// and never during `next build`.
function config(): NextAuthConfig {
  const { db } = getConnection();
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  const sso = oidcConfig();
  return {
    adapter: {
      ...adapter,
      // One working link per address: a new one replaces the older ones. (Auth.js deletes a token
      // when it is used, so each link also works only once.)
      async createVerificationToken(token) {
        await db.delete(verificationTokens).where(eq(verificationTokens.identifier, token.identifier));
        return adapter.createVerificationToken!(token);
      },
      // Single sign-on proves who someone is, nothing more: the provider's tokens are not kept.
      async linkAccount({ userId, type, provider, providerAccountId }) {
        await adapter.linkAccount!({ userId, type, provider, providerAccountId });
      },
    },
    providers: sso ? [magicLink, oidcProvider(sso)] : [magicLink],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    secret: ensureAuthSecret(),
    // Auth.js refuses to run unless told to trust "the host": the host it sees is always AUTH_URL's
    // (set above from our configuration), never the request's, so this trusts our own setting.
    trustHost: true,
    // Auth.js would print an error's details, which for a refused ID token are its claims (the
    // e-mail address among them): only the kind of error and the message of its cause are logged.
    logger: {
      error(error) {
        const cause = (error.cause as { err?: unknown } | undefined)?.err;
        logger().warn({ authError: error.name, cause: cause instanceof Error ? cause.message : undefined }, "sign-in refused");
      },
    },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    callbacks: {
      // A suspended person's magic link leads to the sign-in error page, which says why; no
      // session is made. (Asking for a link still works, so they learn it when they open it.)
      // Single sign-on only with an address the provider has verified (otherwise nothing is linked
      // or created), and never for a suspended member, found by the linked account or that address.
      async signIn({ user, email, account, profile }) {
        if (email?.verificationRequest) return true;
        if (account?.provider !== "oidc") return (await suspendedSignInRedirect(user.id)) ?? true;
        const address = verifiedEmail(profile ?? {});
        if (!address) return refused("OidcEmailUnverified");
        return (await suspendedSignInRedirect(await memberForSignIn({ userId: user.id, email: address }))) ?? true;
      },
      // Every redirect Auth.js makes (after the magic link, after sign-out) stays on this site.
      redirect({ url }) {
        return absoluteUrl(sameOriginPath(url));
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
    events: {
      async signIn({ user, account, profile }) {
        if (user.email) await redactSignInLinks(user.email);
        // The provider may vouch for the municipality too (OIDC_AGS_CLAIM): then that, and not the
        // e-mail domain, makes a pending person a verified member.
        const ags = account?.provider === "oidc" && sso ? agsFromClaims(profile ?? {}, sso.agsClaim) : null;
        if (user.id && ags) await verifyByMunicipalityClaim(user.id, ags);
        // An allowlisted e-mail domain makes a pending person a verified member at once (issue 12).
        if (user.id) await verifyByEmailDomain(user.id);
        if (user.id && isAdminEmail(user.email)) {
          await db.update(users).set({ role: "admin", updatedAt: new Date() }).where(eq(users.id, user.id));
        }
      },
    },
  };
}

const nextAuth = NextAuth(() => config());
export const { handlers, signIn, signOut } = nextAuth;

/**
 * The current session, or null. A visitor without a session cookie cannot have one, so for them the
 * per-request Auth.js configuration (adapter and all) is not built at all: most catalogue pages are
 * read by visitors who are not signed in (the cookie's name: lib/auth/rules.ts).
 */
export async function auth() {
  const jar = await cookies();
  if (!jar.getAll().some((cookie) => isSessionCookieName(cookie.name))) return null;
  return nextAuth.auth();
}
