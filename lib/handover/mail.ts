import "server-only";
import { inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/origin";
import type { ClaimedJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { HANDOVER_MAIL_JOB, isHandoverMailPayload, type HandoverMailPayload } from "./jobs";

type MailData = { recipientName: string | null; otherName: string; url: string };

/** The mail to the leaver or the successor, in their language: who took over or handed over what. */
export function composeHandoverMail(payload: Pick<HandoverMailPayload, "role" | "counts">, m: MailData, locale: MailLocale = "de") {
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "handover.mail" });
  const hello = m.recipientName ? t("hello", { name: m.recipientName }) : t("helloAnonymous");
  const c = payload.counts;
  const list = [t("solutions", { count: c.solutions }), t("coauthorships", { count: c.coauthorships }), t("meetups", { count: c.meetups }), t("contacts", { count: c.contacts })]
    .map((line) => `- ${line}`)
    .join("\n");
  return {
    subject: t(`${payload.role}.subject`, { name: m.otherName }),
    text: [hello, t(`${payload.role}.text`, { name: m.otherName }), list, `${t(`${payload.role}.link`)} ${m.url}`, t("bye")].join("\n\n"),
  };
}

export const sendHandoverMailJob: JobHandler = async (job: ClaimedJob) => {
  if (!isHandoverMailPayload(job.payload)) throw new Error(`malformed ${HANDOVER_MAIL_JOB} payload`);
  const payload = job.payload;
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [payload.recipientId, payload.otherId]));
  const recipient = rows.find((r) => r.id === payload.recipientId);
  const other = rows.find((r) => r.id === payload.otherId);
  // Deleted meanwhile: nobody to tell.
  if (!recipient?.email) return;
  const locale = recipient.locale === "en" ? "en" : "de";
  const path = payload.role === "successor" ? "/me" : "/";
  const url = absoluteUrl(`${locale === "en" ? "/en" : ""}${path}`);
  const otherName = other?.name ?? (locale === "en" ? "a former member" : "ein ehemaliges Mitglied");
  await sendMail({ to: recipient.email, ...composeHandoverMail(payload, { recipientName: recipient.name, otherName, url }, locale) });
};
