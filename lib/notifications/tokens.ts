import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret-config";

/**
 * Signed tokens for what works without signing in: the one-click unsubscribe link of a mail and the
 * per-recipient Reply-To address of a notification mail. A token carries its purpose, the member,
 * a subject id and an expiry, signed with HMAC-SHA-256 under a key derived from AUTH_SECRET; nothing
 * is stored, so every instance that shares AUTH_SECRET accepts the others' tokens.
 *
 * Format (URL- and local-part-safe, lowercase letters only in the purpose):
 *   <purpose>.<memberId>.<subject>.<expires as base36 seconds>.<signature base64url, 22 chars>
 */
export type TokenPurpose = "unsubscribe" | "reply";
export type TokenClaims = { purpose: TokenPurpose; memberId: string; subject: string; expiresAt: Date };

const PURPOSES: readonly TokenPurpose[] = ["unsubscribe", "reply"];
/** Reply addresses stay valid for 60 days (people answer old mails); unsubscribe links for a year. */
export const TOKEN_LIFETIME_DAYS: Record<TokenPurpose, number> = { unsubscribe: 365, reply: 60 };
const PART = /^[A-Za-z0-9_-]{1,64}$/;

function signature(payload: string): string {
  const key = createHmac("sha256", ensureAuthSecret()).update("kommunalnetz:mail-token").digest();
  // 128 bits are plenty for a MAC and keep a Reply-To local part well under 64 characters.
  return createHmac("sha256", key).update(payload).digest("base64url").slice(0, 22);
}

/**
 * `subject` names what the token is about: a notification kind for unsubscribe ("all" for every
 * kind), a thread's first comment id for reply. Member ids and subjects must be [A-Za-z0-9_-].
 */
export function signToken(claims: { purpose: TokenPurpose; memberId: string; subject: string; now?: Date }): string {
  const { purpose, memberId, subject } = claims;
  if (!PART.test(memberId) || !PART.test(subject)) throw new Error("token parts must be [A-Za-z0-9_-]");
  const now = claims.now ?? new Date();
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_DAYS[purpose] * 86_400;
  const payload = `${purpose}.${memberId}.${subject}.${expires.toString(36)}`;
  return `${payload}.${signature(payload)}`;
}

/** The claims of a well-formed, correctly signed, unexpired token of that purpose; otherwise null. */
export function verifyToken(token: string, purpose: TokenPurpose, now = new Date()): TokenClaims | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [tokenPurpose, memberId, subject, expires, mac] = parts as [string, string, string, string, string];
  if (tokenPurpose !== purpose || !PURPOSES.includes(tokenPurpose) || !PART.test(memberId) || !PART.test(subject)) return null;
  if (!/^[0-9a-z]{1,12}$/.test(expires)) return null;
  const expected = Buffer.from(signature(`${tokenPurpose}.${memberId}.${subject}.${expires}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(parseInt(expires, 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { purpose, memberId, subject, expiresAt };
}

/**
 * The address replies to a notification mail about a thread go to: INBOUND_MAIL_ADDRESS
 * (e.g. `antwort@kommunalnetz.example`) with the signed token as its sub-address,
 * `antwort+reply.<member>.<thread>.<expiry>.<mac>@kommunalnetz.example`. Null without the setting:
 * then mails carry no Reply-To and say that replies by e-mail are not set up.
 */
export function replyAddress(memberId: string, threadId: string): string | null {
  const configured = process.env.INBOUND_MAIL_ADDRESS;
  if (!configured) return null;
  const at = configured.lastIndexOf("@");
  if (at < 1) throw new Error("INBOUND_MAIL_ADDRESS must be an e-mail address");
  return `${configured.slice(0, at)}+${signToken({ purpose: "reply", memberId, subject: threadId })}${configured.slice(at)}`;
}

/** The verified reply claims in any of the given recipient addresses (To, Cc, Delivered-To …), or null. */
export function replyClaimsFromAddresses(addresses: readonly string[], now = new Date()): TokenClaims | null {
  for (const address of addresses) {
    const match = /\+(reply\.[A-Za-z0-9._-]+)@/.exec(address);
    const claims = match ? verifyToken(match[1]!, "reply", now) : null;
    if (claims) return claims;
  }
  return null;
}
