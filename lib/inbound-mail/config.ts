/**
 * Settings of replies by e-mail (README, "Reply by e-mail"). The reply address itself
 * (INBOUND_MAIL_ADDRESS) is read where it is built, in lib/notifications/tokens.ts.
 */

/** The shared secret of POST /api/inbound-mail; without it the endpoint refuses everything. */
export function inboundMailSecret(): string | null {
  return process.env.INBOUND_MAIL_SECRET || null;
}

/** Largest raw message accepted (default 1 MB): a reply is text, attachments are not taken over. */
export function inboundMailMaxBytes(): number {
  const configured = Number(process.env.INBOUND_MAIL_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 1024 * 1024;
}

export type ImapSettings = {
  url: string;
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
  /** Where processed messages go; unset: they stay in the mailbox, marked as seen. */
  processedMailbox: string | null;
};

/**
 * IMAP_URL as `imaps://user:password@imap.example.org[:993][/Mailbox]` (or `imap://` with STARTTLS
 * on 143); user and password percent-encoded. Null when unset. IMAP_PROCESSED_MAILBOX optionally
 * names the folder handled messages are moved to.
 */
export function imapSettings(env: Record<string, string | undefined> = process.env): ImapSettings | null {
  const raw = env.IMAP_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== "imap:" && url.protocol !== "imaps:") throw new Error("IMAP_URL must start with imap:// or imaps://");
  const secure = url.protocol === "imaps:";
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, "")) || "INBOX";
  return {
    url: `${url.protocol}//${url.host}/${mailbox}`,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(url.username),
    pass: decodeURIComponent(url.password),
    mailbox,
    processedMailbox: env.IMAP_PROCESSED_MAILBOX || null,
  };
}
