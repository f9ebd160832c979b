import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const secretFile = () => path.join(process.cwd(), ".data", "auth-secret");

export const MISSING_SERVER_SECRET =
  "AUTH_SECRET is not set. With DATABASE_URL (server mode) every instance must sign sessions, sign-in links and mail tokens " +
  "with the same secret: set AUTH_SECRET to the same random value on each (e.g. `openssl rand -base64 32`).";

/**
 * AUTH_SECRET when set. Without it, on embedded PGlite only: a secret generated once and kept under
 * .data/, so that `npm start` works without configuration. In server mode (DATABASE_URL) several
 * instances share one database and must share the secret, so a missing one is an error.
 */
export function ensureAuthSecret(options: { log?: boolean } = {}): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_URL) throw new Error(MISSING_SERVER_SECRET);
  const file = secretFile();
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  if (options.log) {
    console.warn(
      `[auth] AUTH_SECRET is not set: generated one and stored it in ${file}. ` +
        "Set AUTH_SECRET in production, the same value on every instance.",
    );
  }
  return secret;
}
