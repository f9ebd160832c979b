import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { db } from "@/db/client";
import { comments, inboundMails, users } from "@/db/schema";
import { createComment } from "@/lib/discussion/mutations";
import { replyClaimsFromAddresses } from "@/lib/notifications/tokens";
import { isUuid } from "@/lib/validation";
import { inboundMailMaxBytes } from "./config";
import { isAutomaticMail, normaliseMessageId, replyMarkdown, visibleReplyText } from "./rules";

/** Why a reply was not posted; each has a text in messages (`inboundMail.refused.*`). */
export type RefusalReason = "tooLarge" | "unreadable" | "noToken" | "senderMismatch" | "onlyQuoted" | "threadGone" | "notAllowed" | "tooLong";

export type InboundOutcome =
  | { status: "posted"; commentId: string; threadId: string }
  /** The same Message-ID came before (a retry): nothing new is posted. */
  | { status: "duplicate"; commentId: string | null }
  /** An auto-reply, delivery report or list mail: dropped without an answer, so no loop starts. */
  | { status: "ignored" }
  /** `memberId` once the sender was verified as the token's member (they may be told, see jobs.ts). */
  | { status: "refused"; reason: RefusalReason; memberId?: string };

// A claim left "processing" by an instance that died is taken over after this long.
const STALE_CLAIM_MINUTES = 10;

function recipientAddresses(mail: ParsedMail): string[] {
  const fromObjects = (value: AddressObject | AddressObject[] | undefined) =>
    (Array.isArray(value) ? value : value ? [value] : []).flatMap((object) => object.value.map((address) => address.address ?? ""));
  const fromHeaderLines = mail.headerLines
    .filter((header) => ["delivered-to", "x-original-to", "envelope-to", "x-envelope-to"].includes(header.key))
    .flatMap((header) => header.line.slice(header.line.indexOf(":") + 1).match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? []);
  return [...fromObjects(mail.to), ...fromObjects(mail.cc), ...fromHeaderLines].filter(Boolean);
}

function hasNullSender(mail: ParsedMail): boolean {
  const returnPath = mail.headerLines.find((header) => header.key === "return-path");
  if (returnPath && /:\s*<\s*>\s*$/.test(returnPath.line)) return true;
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? "";
  return /^(mailer-daemon|postmaster)@/.test(from);
}

function refusalOf(errors: Record<string, string[]>): RefusalReason {
  const keys = Object.values(errors).flat().join(" ");
  return /long|length|max/i.test(keys) ? "tooLong" : "notAllowed";
}

/**
 * Posts a reply that arrived by e-mail (from POST /api/inbound-mail or the IMAP poll) as a comment in
 * its thread: the recipient address must carry a valid reply token, the sender must be the token's
 * member, and something new must be left once quoted history and signature are stripped. The
 * comment is created through createComment, with all its checks (the subject still visible to the
 * member, the thread not deleted, the length limit). A Message-ID seen before is not posted again.
 */
export async function processInboundMail(raw: Buffer, now = new Date()): Promise<InboundOutcome> {
  if (raw.length > inboundMailMaxBytes()) return { status: "refused", reason: "tooLarge" };
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  } catch {
    return { status: "refused", reason: "unreadable" };
  }
  if (isAutomaticMail(mail.headers) || hasNullSender(mail)) return { status: "ignored" };

  const claims = replyClaimsFromAddresses(recipientAddresses(mail), now);
  if (!claims || !isUuid(claims.subject)) return { status: "refused", reason: "noToken" };
  const [member] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, claims.memberId)).limit(1);
  if (!member) return { status: "refused", reason: "noToken" };
  const sender = mail.from?.value[0]?.address?.trim().toLowerCase();
  if (!sender || !member.email || sender !== member.email.trim().toLowerCase()) return { status: "refused", reason: "senderMismatch" };

  const body = replyMarkdown(visibleReplyText(mail.text ?? ""));
  if (body === "") return { status: "refused", reason: "onlyQuoted", memberId: member.id };

  const [thread] = await db
    .select({ id: comments.id, solutionId: comments.solutionId, meetupId: comments.meetupId })
    .from(comments)
    .where(and(eq(comments.id, claims.subject), isNull(comments.parentId), isNull(comments.deletedAt)))
    .limit(1);
  if (!thread) return { status: "refused", reason: "threadGone", memberId: member.id };

  const messageId = normaliseMessageId(mail.messageId, createHash("sha256").update(raw).digest("hex"));
  const [claimed] = await db
    .insert(inboundMails)
    .values({ messageId, memberId: member.id, outcome: "processing" })
    .onConflictDoUpdate({
      target: inboundMails.messageId,
      set: { outcome: "processing", receivedAt: sql`now()` },
      setWhere: sql`${inboundMails.outcome} = 'processing' and ${inboundMails.receivedAt} < now() - make_interval(mins => ${STALE_CLAIM_MINUTES})`,
    })
    .returning({ messageId: inboundMails.messageId });
  if (!claimed) {
    const [earlier] = await db.select({ commentId: inboundMails.commentId }).from(inboundMails).where(eq(inboundMails.messageId, messageId));
    return { status: "duplicate", commentId: earlier?.commentId ?? null };
  }

  try {
    const subject = thread.solutionId ? { solutionId: thread.solutionId } : { meetupId: thread.meetupId! };
    const result = await createComment({ authorId: member.id, subject, parentId: thread.id, body });
    if (!result.ok) {
      const reason = refusalOf(result.errors);
      await db.update(inboundMails).set({ outcome: `refused:${reason}` }).where(eq(inboundMails.messageId, messageId));
      return { status: "refused", reason, memberId: member.id };
    }
    await db.update(inboundMails).set({ outcome: "posted", commentId: result.comment.id }).where(eq(inboundMails.messageId, messageId));
    return { status: "posted", commentId: result.comment.id, threadId: result.comment.threadId };
  } catch (error) {
    // Let a retry (webhook, Postfix deferral, next IMAP poll) try again.
    await db.delete(inboundMails).where(and(eq(inboundMails.messageId, messageId), eq(inboundMails.outcome, "processing")));
    throw error;
  }
}
