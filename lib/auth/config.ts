import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import { cookies } from "next/headers";
import { getConnection } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { absoluteUrl, appOrigin } from "@/lib/config/origin";
import { isAdminEmail } from "./permissions";
import { sameOriginPath } from "./return-urls";
import { ensureAuthSecret } from "./secret-config";
import { redactSignInLinks } from "./link-mutations";
import { sendSignInLink } from "./sign-in-mail";
import { verifyByEmailDomain } from "@/lib/membership/mutations";
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
  return {
    adapter: {
      ...adapter,
      // One working link per address: a new one replaces the older ones. (Auth.js deletes a token
      // when it is used, so each link also works only once.)
      async createVerificationToken(token) {
        await db.delete(verificationTokens).where(eq(verificationTokens.identifier, token.identifier));
        return adapter.createVerificationToken!(token);
      },
    },
    providers: [magicLink],
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    secret: ensureAuthSecret(),
    // Auth.js refuses to run unless told to trust "the host": the host it sees is always AUTH_URL's
    // (set above from our configuration), never the request's, so this trusts our own setting.
    trustHost: true,
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    callbacks: {
      // Every redirect Auth.js makes (after the magic link, after sign-out) stays on this site.
      // A suspended person's magic link leads to the sign-in error page, which says why; no
      // session is made. (Asking for a link still works, so they learn it when they open it.)
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        return (await suspendedSignInRedirect(user.id)) ?? true;
      },
      redirect({ url }) {
        return absoluteUrl(sameOriginPath(url));
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
    events: {
      async signIn({ user }) {
        if (user.email) await redactSignInLinks(user.email);
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
 * read by visitors who are not signed in. The name is Auth.js's default, with the __Secure- prefix
 * it uses on https; a value in chunks would carry a suffix (".0").
 */
export async function auth() {
  const jar = await cookies();
  if (!jar.getAll().some((cookie) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(cookie.name))) return null;
  return nextAuth.auth();
}
