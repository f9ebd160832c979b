import "server-only";
import { headers } from "next/headers";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured JSON logs (pino) on stdout, one object per line, for whatever collects the
 * container's or service's output. No personal data: never log e-mail addresses, names, tokens,
 * mail bodies or query strings; the redaction below is a safety net for keys that carry them, not
 * a licence. Level from LOG_LEVEL (default "info").
 */
export const REDACTED_KEYS = ["email", "to", "token", "authorization", "cookie", "password", "text", "html", "body", "name"];

/** nodemailer's errors carry the recipients' addresses in these fields. */
const SMTP_ERROR_KEYS = ["rejected", "rejectedErrors", "accepted", "envelope", "recipient"];

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL || "info"): Logger {
  const options = {
    level,
    base: { service: "kommunalnetz", ...(process.env.INSTANCE_NAME ? { instance: process.env.INSTANCE_NAME } : {}) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), ...SMTP_ERROR_KEYS.map((key) => `err.${key}`)], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

const holder = globalThis as unknown as { __kommunalnetzLogger?: Logger };

/** The process' logger, for code outside a request (jobs, start-up). */
export function logger(): Logger {
  holder.__kommunalnetzLogger ??= createLogger();
  return holder.__kommunalnetzLogger;
}

/** A request id we accept from the proxy: short and plain, so that it cannot forge log lines. */
/** A path as logged: an invitation link's path holds its secret token, so the log gets the route only. */
export const loggedPath = (pathname: string) => pathname.replace(/^((?:\/en)?\/invitations\/)[^/]+/, "$1[token]");

export const isRequestId = (value: string | null | undefined): value is string => !!value && /^[A-Za-z0-9._-]{1,64}$/.test(value);

/**
 * The logger of the current request: every line carries its `reqId` (X-Request-Id from the proxy
 * when it sent a plain one, otherwise the id proxy.ts made). Outside a request, the process' logger.
 */
export async function requestLogger(): Promise<Logger> {
  try {
    const reqId = (await headers()).get("x-request-id");
    return isRequestId(reqId) ? logger().child({ reqId }) : logger();
  } catch {
    return logger();
  }
}
