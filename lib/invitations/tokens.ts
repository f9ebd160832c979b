import { createHash, randomBytes } from "node:crypto";

/**
 * The invitation link's secret. Unlike the signed tokens elsewhere it is random and stored as a
 * hash (as Auth.js keeps its sign-in tokens): a database copy holds no working link.
 */

/** 32 random bytes, base64url: the secret of the link. Only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what the invitations table stores and looks links up by. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as newInvitationToken makes it; anything else is not looked up at all. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
