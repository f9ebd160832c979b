import "server-only";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { comments, notifications, notificationSettings, users } from "@/db/schema";
import type { NotificationKind } from "@/db/schema/discussion-enums";
import { absoluteUrl, appOrigin } from "@/lib/config/origin";
import { enqueueJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail, type Mail } from "@/lib/mail/send";
import { formatBerlinDateTime } from "@/lib/meetups/time";
import { NOTIFICATIONS_MAIL_JOB } from "./jobs";
import { listVisibleNotifications, notificationHref, type VisibleNotification } from "./queries";
import { effectiveDeliveries, SETTINGS_PATH, type DigestPeriod, type UnsubscribeSubject } from "./settings-rules";
import { replyAddress, signToken } from "./tokens";

// NOTIFICATIONS_MAIL_JOB (lib/notifications/jobs.ts) is enqueued, payload `{}`, after notification
// rows were inserted; sendNotificationMailsJob below mails the "immediately" ones.

/** Rows claimed per statement, and statements per job run before the rest is left to a new job. */
const CLAIM_BATCH = 100;
const BATCHES_PER_RUN = 10;

export type MailRecipient = { id: string; email: string; name: string | null; locale: MailLocale };

const THREAD_KINDS: readonly NotificationKind[] = ["reply", "mention", "question", "answer", "comment", "question_reminder"];

// ---------------------------------------------------------------------------------------------
// Composing

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const localePath = (locale: MailLocale, path: string) => (locale === "en" ? (path === "/" ? "/en" : `/en${path}`) : path);

/** The host part of our Message-IDs: the configured origin's host name. */
export const messageIdHost = () => new URL(appOrigin()).hostname;
export const notificationMessageId = (id: number) => `<notification-${id}@${messageIdHost()}>`;
export const threadMessageId = (rootId: string) => `<thread-${rootId}@${messageIdHost()}>`;

function unsubscribeLinks(memberId: string, subject: UnsubscribeSubject, locale: MailLocale) {
  const token = encodeURIComponent(signToken({ purpose: "unsubscribe", memberId, subject }));
  return {
    // RFC 8058: the mail client POSTs here; a GET only leads to the page.
    oneClick: absoluteUrl(`/api/unsubscribe?token=${token}`),
    page: absoluteUrl(localePath(locale, `/unsubscribe?token=${token}`)),
  };
}

function translator(locale: MailLocale) {
  return createTranslator({ locale, messages: mailMessages(locale) });
}
type Translate = ReturnType<typeof translator>;

const subjectTitle = (n: VisibleNotification) => n.solution?.title ?? n.meetup?.title ?? "";
const actorName = (n: VisibleNotification, t: Translate) => n.actor?.name || t("mails.notifications.someone");

type Part = { text: string; html: string };

function footer(t: Translate, unsubscribeText: string, unsubscribeUrl: string, settingsUrl: string): Part {
  return {
    text: `-- \n${unsubscribeText}: ${unsubscribeUrl}\n${t("mails.notifications.settings")}: ${settingsUrl}`,
    html: `<hr style="border:0;border-top:1px solid #ccc;margin:24px 0 12px">
<p style="font-size:13px;color:#555">${escapeHtml(unsubscribeText)}: <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(t("mails.notifications.unsubscribeLink"))}</a><br>
<a href="${escapeHtml(settingsUrl)}">${escapeHtml(t("mails.notifications.settings"))}</a></p>`,
  };
}

const htmlDocument = (locale: MailLocale, title: string, body: string) =>
  `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px">
${body}
</body></html>`;

export type ComposedMail = Pick<Mail, "subject" | "text" | "html" | "headers">;

/**
 * One notification as a mail in the recipient's language: subject, a line saying what happened, the
 * excerpt (plain text from the sanitised Markdown, escaped in the HTML part), the link, and for a
 * thread the reply headers and the hint that answering the mail posts a reply.
 */
export function composeNotificationMail(n: VisibleNotification, recipient: MailRecipient, thread: { rootId: string } | null): ComposedMail {
  const t = translator(recipient.locale);
  const values = { actor: actorName(n, t), title: subjectTitle(n) };
  const subject = t(`mails.notifications.subjects.${n.kind}`, values);
  const line = t(`mails.notifications.lines.${n.kind}`, values);
  const url = absoluteUrl(localePath(recipient.locale, notificationHref(n)));
  const settingsUrl = absoluteUrl(localePath(recipient.locale, SETTINGS_PATH));
  const unsubscribe = unsubscribeLinks(recipient.id, n.kind, recipient.locale);
  const replyTo = thread ? replyAddress(recipient.id, thread.rootId) : null;
  const hello = recipient.name ? t("mails.notifications.hello", { name: recipient.name }) : t("mails.notifications.helloAnonymous");
  const kindLabel = t(`notificationSettings.kinds.${n.kind}.label`);
  const unsubscribeText = t("mails.notifications.unsubscribe", { kind: kindLabel });
  const excerpt = n.comment?.excerpt ?? "";
  const replyHint = replyTo ? t("mails.notifications.replyHint") : null;
  const foot = footer(t, unsubscribeText, unsubscribe.page, settingsUrl);

  const text = [
    hello,
    line,
    ...(excerpt ? [excerpt.split("\n").map((l) => `> ${l}`).join("\n")] : []),
    `${t("mails.notifications.open")}: ${url}`,
    ...(replyHint ? [replyHint] : []),
    t("mails.notifications.bye"),
    foot.text,
  ].join("\n\n");
  const html = htmlDocument(
    recipient.locale,
    subject,
    [
      `<p>${escapeHtml(hello)}</p>`,
      `<p>${escapeHtml(line)}</p>`,
      excerpt ? `<blockquote style="margin:0 0 16px;padding:4px 12px;border-left:4px solid #ccc;color:#333">${escapeHtml(excerpt).replace(/\n/g, "<br>")}</blockquote>` : "",
      `<p><a href="${escapeHtml(url)}">${escapeHtml(t("mails.notifications.open"))}</a></p>`,
      replyHint ? `<p>${escapeHtml(replyHint)}</p>` : "",
      `<p>${escapeHtml(t("mails.notifications.bye")).replace(/\n/g, "<br>")}</p>`,
      foot.html,
    ].join("\n"),
  );

  const headers: Record<string, string> = {
    "Message-ID": notificationMessageId(n.id),
    "List-Unsubscribe": `<${unsubscribe.oneClick}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  if (thread) {
    headers["In-Reply-To"] = threadMessageId(thread.rootId);
    headers["References"] = threadMessageId(thread.rootId);
  }
  if (replyTo) headers["Reply-To"] = replyTo;
  return { subject, text, html, headers };
}

/** Digest sections: what concerns the member personally first. */
const DIGEST_ORDER: readonly NotificationKind[] = ["question", "answer", "reply", "mention", "question_reminder", "comment", "new_solution", "reuse", "derived"];

export type DigestInfo = { period: DigestPeriod; label: string; start: Date; end: Date };

/**
 * A digest: the notifications of one period, in sections per kind (in the order of
 * notificationKinds), each section's notifications folded by their group ("… und 2 weitere").
 */
export function composeDigestMail(items: readonly VisibleNotification[], recipient: MailRecipient, digest: DigestInfo): ComposedMail {
  const t = translator(recipient.locale);
  const dateLocale = recipient.locale === "en" ? "en-GB" : "de";
  const day = (instant: Date) => formatBerlinDateTime(instant, dateLocale, { dateStyle: "long" }).replace(/ (MEZ|MESZ|CET|CEST|GMT\+\d+)$/, "");
  const lastDay = new Date(digest.end.getTime() - 1);
  const count = items.length;
  const subject =
    digest.period === "daily"
      ? t("mails.notifications.digest.subjectDaily", { date: day(digest.start), count })
      : t("mails.notifications.digest.subjectWeekly", { week: digest.label, count });
  const intro =
    digest.period === "daily"
      ? t("mails.notifications.digest.introDaily", { date: day(digest.start) })
      : t("mails.notifications.digest.introWeekly", { start: day(digest.start), end: day(lastDay) });

  // Sections per kind; within one, one entry per group (newest first), counting the rest.
  const sections = new Map<NotificationKind, { first: VisibleNotification; more: number }[]>();
  for (const kind of DIGEST_ORDER) sections.set(kind, []);
  const groups = new Map<string, { first: VisibleNotification; more: number }>();
  for (const n of items) {
    const key = `${n.kind}\u0000${n.groupKey}`;
    const group = groups.get(key);
    if (group) group.more += 1;
    else {
      const entry = { first: n, more: 0 };
      groups.set(key, entry);
      sections.get(n.kind)!.push(entry);
    }
  }

  const hello = recipient.name ? t("mails.notifications.hello", { name: recipient.name }) : t("mails.notifications.helloAnonymous");
  const unsubscribe = unsubscribeLinks(recipient.id, digest.period, recipient.locale);
  const settingsUrl = absoluteUrl(localePath(recipient.locale, SETTINGS_PATH));
  const allUrl = absoluteUrl(localePath(recipient.locale, "/notifications"));
  const foot = footer(t, t(`mails.notifications.digest.unsubscribe.${digest.period}`), unsubscribe.page, settingsUrl);

  const textSections: string[] = [];
  const htmlSections: string[] = [];
  for (const [kind, entries] of sections) {
    if (entries.length === 0) continue;
    const heading = t(`mails.notifications.digest.headings.${kind}`);
    const textEntries: string[] = [];
    const htmlEntries: string[] = [];
    for (const { first, more } of entries) {
      const values = { actor: actorName(first, t), title: subjectTitle(first) };
      const line = t(`mails.notifications.subjects.${kind}`, values) + (more > 0 ? ` ${t("mails.notifications.digest.more", { count: more })}` : "");
      const url = absoluteUrl(localePath(recipient.locale, notificationHref(first)));
      const excerpt = first.comment?.excerpt ?? "";
      textEntries.push([`* ${line}`, ...(excerpt ? [`  „${excerpt.replace(/\s+/g, " ")}“`] : []), `  ${url}`].join("\n"));
      htmlEntries.push(
        `<li style="margin-bottom:8px"><a href="${escapeHtml(url)}">${escapeHtml(line)}</a>${excerpt ? `<br><span style="color:#444">${escapeHtml(excerpt)}</span>` : ""}</li>`,
      );
    }
    textSections.push(`${heading}\n${"-".repeat(heading.length)}\n${textEntries.join("\n")}`);
    htmlSections.push(`<h2 style="font-size:17px;margin:20px 0 8px">${escapeHtml(heading)}</h2>\n<ul style="padding-left:20px">${htmlEntries.join("\n")}</ul>`);
  }
  const allText = t("mails.notifications.digest.all");
  const text = [hello, intro, ...textSections, `${allText}: ${allUrl}`, t("mails.notifications.bye"), foot.text].join("\n\n");
  const html = htmlDocument(
    recipient.locale,
    subject,
    [
      `<p>${escapeHtml(hello)}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      ...htmlSections,
      `<p><a href="${escapeHtml(allUrl)}">${escapeHtml(allText)}</a></p>`,
      `<p>${escapeHtml(t("mails.notifications.bye")).replace(/\n/g, "<br>")}</p>`,
      foot.html,
    ].join("\n"),
  );
  return {
    subject,
    text,
    html,
    headers: {
      "Message-ID": `<digest-${digest.period}-${digest.label}-${recipient.id}@${messageIdHost()}>`,
      "List-Unsubscribe": `<${unsubscribe.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function mailRecipients(ids: readonly string[]): Promise<Map<string, MailRecipient & { deliveries: ReturnType<typeof effectiveDeliveries> }>> {
  if (ids.length === 0) return new Map();
  const [members, settings] = await Promise.all([
    db.select({ id: users.id, email: users.email, name: users.name, locale: users.locale }).from(users).where(inArray(users.id, [...ids])),
    db
      .select({ memberId: notificationSettings.memberId, kind: notificationSettings.kind, delivery: notificationSettings.delivery })
      .from(notificationSettings)
      .where(inArray(notificationSettings.memberId, [...ids])),
  ]);
  const result = new Map<string, MailRecipient & { deliveries: ReturnType<typeof effectiveDeliveries> }>();
  for (const m of members) {
    if (!m.email) continue;
    result.set(m.id, {
      id: m.id,
      email: m.email,
      name: m.name,
      locale: m.locale === "en" ? "en" : "de",
      deliveries: effectiveDeliveries(settings.filter((s) => s.memberId === m.id)),
    });
  }
  return result;
}

/** The first comment of each comment's thread (a reply's parent, else the comment itself). */
async function threadRoots(commentIds: readonly string[]): Promise<Map<string, string>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db
    .select({ id: comments.id, rootId: sql<string>`coalesce(${comments.parentId}, ${comments.id})` })
    .from(comments)
    .where(inArray(comments.id, [...commentIds]));
  return new Map(rows.map((r) => [r.id, r.rootId]));
}

// ---------------------------------------------------------------------------------------------
// The notifications.mail job

type Claimed = { id: number; recipientId: string; kind: NotificationKind };

/**
 * Takes up to `limit` notifications nobody has mailed yet and marks them mailed, in one statement:
 * concurrent workers skip each other's rows (SKIP LOCKED), so no row is handed out twice.
 */
async function claimUnmailed(limit: number): Promise<Claimed[]> {
  const pending = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(isNull(notifications.mailedAt))
    .orderBy(asc(notifications.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(notifications)
    .set({ mailedAt: sql`now()` })
    .where(and(inArray(notifications.id, pending), isNull(notifications.mailedAt)))
    .returning({ id: notifications.id, recipientId: notifications.recipientId, kind: notifications.kind });
}

/** Mails the claimed rows whose recipient wants that kind at once; the others are left to digests (or to nobody). */
async function mailClaimed(claimed: readonly Claimed[]): Promise<void> {
  const recipients = await mailRecipients([...new Set(claimed.map((c) => c.recipientId))]);
  const byRecipient = new Map<string, number[]>();
  for (const row of claimed) {
    const recipient = recipients.get(row.recipientId);
    if (recipient?.deliveries[row.kind] !== "immediately") continue;
    byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row.id]);
  }
  const unsent = new Set([...byRecipient.values()].flat());
  try {
    for (const [recipientId, ids] of byRecipient) {
      const recipient = recipients.get(recipientId)!;
      // Only what the recipient may see now: a notification about a draft or a deleted comment is dropped.
      const visible = await listVisibleNotifications(db, { recipientId, ids, limit: ids.length });
      const roots = await threadRoots(visible.flatMap((n) => (n.comment && THREAD_KINDS.includes(n.kind) ? [n.comment.id] : [])));
      for (const n of visible.reverse()) {
        const rootId = n.comment ? roots.get(n.comment.id) : undefined;
        await sendMail({ to: recipient.email, ...composeNotificationMail(n, recipient, rootId ? { rootId } : null) });
        unsent.delete(n.id);
      }
      for (const id of ids) unsent.delete(id);
    }
  } catch (error) {
    // SMTP failed: give the rows not yet sent back, so the retry of this job mails them.
    if (unsent.size > 0) await db.update(notifications).set({ mailedAt: null }).where(inArray(notifications.id, [...unsent]));
    throw error;
  }
}

/**
 * The handler of `notifications.mail`: claims unmailed notifications in batches and mails the
 * "immediately" ones (one mail per notification). Every claimed row gets `mailed_at`, also the
 * ones for digests or "never": digests select by period, not by this mark. After a long backlog it
 * hands the rest to a fresh job rather than holding its lease.
 */
export const sendNotificationMailsJob: JobHandler = async () => {
  for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
    const claimed = await claimUnmailed(CLAIM_BATCH);
    if (claimed.length > 0) await mailClaimed(claimed);
    if (claimed.length < CLAIM_BATCH) return;
  }
  await enqueueJob(db, { kind: NOTIFICATIONS_MAIL_JOB, payload: {} });
};

export const DIGEST_ITEM_LIMIT = 100;

/**
 * One member's digest: the visible, unread notifications of the period whose kind the member has
 * set to this period. Nothing to say: no mail. Returns whether a mail went out.
 */
export async function sendDigest(memberId: string, digest: DigestInfo): Promise<boolean> {
  const recipient = (await mailRecipients([memberId])).get(memberId);
  if (!recipient) return false;
  const rows = await listVisibleNotifications(db, {
    recipientId: memberId,
    // The filter's lower bound is exclusive; the period's is inclusive (checked again below).
    createdAfter: new Date(digest.start.getTime() - 1),
    createdBefore: digest.end,
    unreadOnly: true,
    limit: DIGEST_ITEM_LIMIT,
  });
  const items = rows.filter((n) => n.createdAt >= digest.start && recipient.deliveries[n.kind] === digest.period);
  if (items.length === 0) return false;
  await sendMail({ to: recipient.email, ...composeDigestMail(items, recipient, digest) });
  return true;
}
