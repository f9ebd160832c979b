import "server-only";
import { eq, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { comments, meetups, solutions, users } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/origin";
import type { ClaimedJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { isModerationMailPayload, MODERATION_MAIL_JOB, moderationMailKey, type ModerationMailKey, type ModerationMailPayload } from "./jobs";

type MailData = { recipientName: string | null; title: string; url: string | null; note: string };

/**
 * The member's mail, in their language: what was hidden or restored (or that their access was
 * suspended or opened again), the moderator's note, the link.
 */
export function composeModerationMail(key: ModerationMailKey, m: MailData, locale: MailLocale = "de") {
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "moderation.mail" });
  const hello = m.recipientName ? t("hello", { name: m.recipientName }) : t("helloAnonymous");
  return {
    subject: t(`${key}.subject`, { title: m.title }),
    text: [hello, t(`${key}.text`, { title: m.title }), t("note", { note: m.note }), m.url, t("questions"), t("bye")].filter(Boolean).join("\n\n"),
  };
}

/**
 * What the mail names and links: the solution, or the page the comment stands on; for a member let
 * back in the sign-in page (a suspended one has nowhere to go).
 */
async function targetOf(payload: ModerationMailPayload): Promise<{ title: string; path: string | null } | null> {
  if (payload.targetType === "member") return { title: "", path: payload.template === "lifted" ? "/signin" : null };
  if (payload.targetType === "solution") {
    const [row] = await db.select({ title: solutions.title, slug: solutions.slug }).from(solutions).where(eq(solutions.id, payload.targetId)).limit(1);
    return row ? { title: row.title, path: `/solutions/${row.slug}` } : null;
  }
  const [row] = await db
    .select({
      title: sql<string | null>`coalesce(${solutions.title}, ${meetups.title})`,
      path: sql<string | null>`case when ${solutions.slug} is not null then '/solutions/' || ${solutions.slug} when ${meetups.slug} is not null then '/meetups/' || ${meetups.slug} end`,
    })
    .from(comments)
    .leftJoin(solutions, eq(solutions.id, comments.solutionId))
    .leftJoin(meetups, eq(meetups.id, comments.meetupId))
    .where(eq(comments.id, payload.targetId))
    .limit(1);
  return row?.title && row.path ? { title: row.title, path: `${row.path}#comment-${payload.targetId}` } : null;
}

export const sendModerationMailJob: JobHandler = async (job: ClaimedJob) => {
  if (!isModerationMailPayload(job.payload)) throw new Error(`malformed ${MODERATION_MAIL_JOB} payload`);
  const payload = job.payload;
  const [recipient] = await db.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, payload.recipientId)).limit(1);
  const target = await targetOf(payload);
  // Member or content deleted meanwhile: nobody to tell, or nothing to tell them about.
  if (!recipient?.email || !target) return;
  const locale = recipient.locale === "en" ? "en" : "de";
  const url = target.path ? absoluteUrl(`${locale === "en" ? "/en" : ""}${target.path}`) : null;
  const mail = composeModerationMail(moderationMailKey(payload), { recipientName: recipient.name, title: target.title, url, note: payload.note }, locale);
  await sendMail({ to: recipient.email, ...mail });
};
