import "server-only";
import { eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { logger } from "@/lib/log/logger";
import { sendMail } from "@/lib/mail/send";
import { imapSettings, inboundMailMaxBytes, type ImapSettings } from "./config";
import { refusalText } from "./mail";
import { processInboundMail, type InboundOutcome } from "./mutations";

/** Job kind of one poll of the IMAP mailbox (IMAP_URL). */
export const INBOUND_MAIL_POLL_JOB = "inbound_mail_poll";
/** At most this many messages per poll; the rest wait for the next one. */
export const POLL_BATCH = 50;

/**
 * Enqueues one poll per minute when IMAP_URL is set: the dedupe key holds the minute, so however many
 * instances run the scheduler, one of them polls (and two never process the same message at once).
 */
export async function scheduleInboundMailPoll(now = new Date()): Promise<void> {
  if (!process.env.IMAP_URL) return;
  await enqueueJob(db, { kind: INBOUND_MAIL_POLL_JOB, payload: {}, dedupeKey: `${INBOUND_MAIL_POLL_JOB}:${now.toISOString().slice(0, 16)}` });
}

export type PollSummary = { seen: number; posted: number; duplicate: number; ignored: number; refused: number };

/**
 * A refused reply from a verified member is answered with the reason (marked Auto-Submitted so that
 * no auto-responder answers back). Refusals of unknown senders get no mail: that would be backscatter.
 */
async function tellMember(outcome: Extract<InboundOutcome, { status: "refused" }>) {
  if (!outcome.memberId) return;
  const [member] = await db.select({ email: users.email }).from(users).where(eq(users.id, outcome.memberId)).limit(1);
  if (!member?.email) return;
  await sendMail({
    to: member.email,
    subject: "Kommunalnetz: Ihre Antwort wurde nicht veröffentlicht / Your reply was not posted",
    text: refusalText(outcome.reason),
    headers: { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" },
  });
}

/**
 * Reads the unseen messages of the mailbox, passes each through processInboundMail (the same
 * function as POST /api/inbound-mail), then marks it seen — and moves it to IMAP_PROCESSED_MAILBOX
 * when that is set; refused ones are flagged as well, for the operator. A message is only marked
 * after it was handled, so an error (database down) leaves it for the next poll; the Message-ID
 * dedupe keeps a message that was posted but not yet marked from being posted twice.
 */
export async function pollInboundMailbox(settings: ImapSettings | null = imapSettings()): Promise<PollSummary> {
  const summary: PollSummary = { seen: 0, posted: 0, duplicate: 0, ignored: 0, refused: 0 };
  if (!settings) return summary;
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.pass },
    // On imap:// imapflow upgrades with STARTTLS whenever the server offers it.
    logger: false,
  });
  client.on("error", (error) => logger().error({ err: { message: error.message } }, "inbound mail: IMAP connection error"));
  await client.connect();
  try {
    const lock = await client.getMailboxLock(settings.mailbox);
    try {
      const unseen = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of unseen.slice(0, POLL_BATCH)) {
        const message = await client.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
        if (!message) continue;
        let outcome: InboundOutcome;
        if ((message.size ?? 0) > inboundMailMaxBytes()) outcome = { status: "refused", reason: "tooLarge" };
        else {
          const { content } = await client.download(String(uid), undefined, { uid: true });
          const chunks: Buffer[] = [];
          for await (const chunk of content ?? []) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
          outcome = await processInboundMail(Buffer.concat(chunks));
        }
        summary.seen += 1;
        summary[outcome.status] += 1;
        if (outcome.status === "refused") {
          logger().info({ reason: outcome.reason }, "inbound mail: IMAP reply refused");
          await tellMember(outcome);
          await client.messageFlagsAdd(String(uid), ["\\Seen", "\\Flagged"], { uid: true });
        } else {
          await client.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
        }
        if (settings.processedMailbox) await client.messageMove(String(uid), settings.processedMailbox, { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return summary;
}
