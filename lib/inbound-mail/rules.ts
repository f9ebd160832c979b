import { createHash, timingSafeEqual } from "node:crypto";
import EmailReplyParser from "email-reply-parser";

/**
 * Pure rules for replies that arrive by e-mail: is it an automatic message, and what did the member
 * actually write (without the quoted history and the signature).
 */

/** Header map as mailparser gives it: lowercase names, values strings or structured objects. */
export type HeaderLookup = { get(name: string): unknown };

/**
 * True for vacation notices, delivery reports and list traffic (RFC 3834 `Auto-Submitted`,
 * `X-Autoreply`/`X-Autorespond`, `Precedence: bulk|junk|list|auto_reply`, Microsoft's
 * `X-Auto-Response-Suppress` is not a marker of an auto-reply and is ignored). Such mails are
 * dropped silently: answering them (or bouncing them) is how mail loops start.
 */
export function isAutomaticMail(headers: HeaderLookup): boolean {
  const text = (name: string) => {
    const value = headers.get(name);
    if (value == null) return "";
    if (typeof value === "string") return value.trim().toLowerCase();
    if (typeof value === "object" && "value" in value && typeof (value as { value: unknown }).value === "string") {
      return (value as { value: string }).value.trim().toLowerCase();
    }
    return String(value).trim().toLowerCase();
  };
  const autoSubmitted = text("auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no") return true;
  if (text("x-autoreply") || text("x-autorespond") || text("x-autoresponder")) return true;
  if (["bulk", "junk", "list", "auto_reply"].includes(text("precedence"))) return true;
  return false;
}

// Outlook (German and English) starts the quoted mail with a header block instead of ">" quoting:
//   Von: Kommunalnetz <antwort+…@…>          From: …
//   Gesendet: Dienstag, 1. Dezember 2026 …   Sent: …
// email-reply-parser sees the "Von:" line but keeps the unquoted old text below it, so we cut there.
const OUTLOOK_FROM = /^\s*\*?(Von|From)\s?:\*?\s+\S/;
const OUTLOOK_NEXT = /^\s*\*?(Gesendet|Sent|Datum|Date|An|To|Betreff|Subject|Cc)\s?:\*?/;
// "Am 01.12.2026 um 14:03 schrieb Kommunalnetz <…>:" wrapped over two lines by the client.
const ATTRIBUTION_START = /^\s*(Am|On)\s+\S/;
const ATTRIBUTION_END = /\b(schrieb|wrote)\b[^\n]*:\s*$/;

// What is left above a cut quote header: blank lines and the rule an HTML part's <hr> became.
const before = (lines: string[], index: number) => {
  const kept = lines.slice(0, index);
  while (kept.length > 0 && /^\s*([-_=*]{3,})?\s*$/.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join("\n");
};

function cutAtQuoteHeader(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (OUTLOOK_FROM.test(line)) {
      const following = lines.slice(i + 1, i + 5);
      if (following.filter((next) => OUTLOOK_NEXT.test(next)).length >= 2) return before(lines, i);
    }
    if (ATTRIBUTION_START.test(line)) {
      const joined = `${line} ${lines[i + 1] ?? ""}`;
      if (ATTRIBUTION_END.test(line) || ATTRIBUTION_END.test(joined)) {
        const rest = lines.slice(i + (ATTRIBUTION_END.test(line) ? 1 : 2)).find((next) => next.trim() !== "");
        if (rest === undefined || /^\s*>/.test(rest)) return before(lines, i);
      }
    }
  }
  return text;
}

/**
 * The new text of a reply: email-reply-parser (crisp-oss) removes ">"-quoted history, the common
 * quote headers ("Am … schrieb …:", "On … wrote:", "-----Ursprüngliche Nachricht-----") and
 * signatures after "-- " or Outlook's "____" line; before that, our one extra rule cuts Outlook's
 * "Von:/Gesendet:/An:/Betreff:" block and an attribution line the client wrapped in two.
 * Returns "" when nothing new is left (a mail with only quoted text).
 */
export function visibleReplyText(text: string): string {
  // Mail clients leave form feeds and the like in text: dropped here, since comments refuse them.
  const normalised = text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  const cut = cutAtQuoteHeader(normalised);
  const visible = new EmailReplyParser().read(cut).getVisibleText();
  return visible
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The message id without angle brackets, or a stand-in derived from the message's content. */
export function normaliseMessageId(messageId: string | undefined, contentHash: string): string {
  const trimmed = messageId?.trim().replace(/^<|>$/g, "").trim();
  return trimmed && trimmed.length <= 500 ? trimmed : `sha256:${contentHash}`;
}

/**
 * Whether an Authorization header carries the shared secret: `Bearer <secret>`, or HTTP Basic with
 * the secret as password (for providers that only take credentials in the webhook URL). Compared in
 * constant time over SHA-256 digests, so neither content nor length leaks through timing.
 */
export function authorizationMatches(header: string | null, secret: string | null): boolean {
  if (!secret || !header) return false;
  let given: string | null = null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) given = bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
    given = decoded.slice(decoded.indexOf(":") + 1);
  }
  if (given === null) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/**
 * A mail's text as the Markdown of a comment: a line break the member typed stays a line break
 * (CommonMark would join the lines of a paragraph), except inside fenced code blocks.
 * mailparser has already joined the lines of format=flowed text.
 */
export function replyMarkdown(text: string): string {
  let fenced = false;
  const lines = text.split("\n");
  return lines
    .map((line, index) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      const next = lines[index + 1];
      const breaks = !fenced && line.trim() !== "" && next !== undefined && next.trim() !== "" && !/^\s*(```|~~~)/.test(next);
      return breaks && !/ {2}$|\\$/.test(line) ? `${line}  ` : line;
    })
    .join("\n");
}
