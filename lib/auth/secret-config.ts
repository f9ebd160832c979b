import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const secretFile = () => path.join(process.cwd(), ".data", "auth-secret");

/**
 * AUTH_SECRET when set; otherwise a secret generated once and kept under .data/, so that
 * `npm start` works without configuration. Several instances must share AUTH_SECRET instead.
 */
export function ensureAuthSecret(options: { log?: boolean } = {}): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
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
