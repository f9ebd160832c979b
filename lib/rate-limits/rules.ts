import { trustProxy } from "@/lib/config/origin";

/**
 * The client's IP address for the per-IP limits, or null when it cannot be known. Next.js passes
 * the socket address on as X-Forwarded-For only when the request did not bring that header
 * itself, so the header is the client's own word unless a proxy in front of us sets it: only with
 * TRUST_PROXY=1 do we believe its last entry (the address our proxy saw). Without it the per-IP
 * limits are skipped (one shared bucket would let one abuser lock everybody out); the per-address,
 * per-member and global limits still hold.
 */
export function clientIp(headers: Headers): string | null {
  if (!trustProxy()) return null;
  const last = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last && /^[0-9a-f.:]{2,45}$/i.test(last) ? last : "unknown";
}

/** Auth.js' own normalisation of an e-mail identifier, so that one address is one key. */
export function normalizedEmail(email: string): string {
  const [local = "", domain = ""] = email.toLowerCase().trim().split("@");
  return `${local}@${domain.split(",")[0]}`;
}
