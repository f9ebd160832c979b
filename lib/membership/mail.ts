import "server-only";
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { db } from "@/db/client";
import { membershipApplications, municipalities, organisations, users } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/origin";
import type { ClaimedJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { APPLICATION_MAIL_JOB, isApplicationMailPayload } from "./jobs";

export type ApplicationMailData = {
  recipientName: string | null;
  status: "approved" | "rejected";
  /** The municipality or organisation the application named. */
  body: string;
  reason: string | null;
  url: string;
};

/** The decision in the applicant's language; a rejection always carries the moderator's reason. */
export function composeApplicationMail(m: ApplicationMailData, locale: MailLocale = "de"): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "join.mail" });
  const hello = m.recipientName ? t("hello", { name: m.recipientName }) : t("helloAnonymous");
  const lines =
    m.status === "approved"
      ? [t("approved.text", { body: m.body }), ...(m.reason ? [t("approved.note", { reason: m.reason })] : []), t("approved.next", { url: m.url })]
      : [t("rejected.text", { body: m.body }), t("rejected.reason", { reason: m.reason ?? "" }), t("rejected.next", { url: m.url })];
  return { subject: t(`${m.status}.subject`), text: [hello, ...lines, t("bye")].join("\n\n") };
}

export const sendApplicationMailJob: JobHandler = async (job: ClaimedJob) => {
  if (!isApplicationMailPayload(job.payload)) throw new Error(`malformed ${APPLICATION_MAIL_JOB} payload`);
  const [row] = await db
    .select({
      status: membershipApplications.status,
      reason: membershipApplications.decisionReason,
      organisationName: membershipApplications.organisationName,
      municipalityName: municipalities.name,
      listedOrganisation: organisations.name,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(membershipApplications)
    .innerJoin(users, eq(users.id, membershipApplications.userId))
    .leftJoin(municipalities, eq(municipalities.ags, membershipApplications.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, membershipApplications.organisationId))
    .where(eq(membershipApplications.id, job.payload.applicationId))
    .limit(1);
  // Applicant deleted meanwhile, or (never expected) the decision was not one to tell.
  if (!row?.email || (row.status !== "approved" && row.status !== "rejected")) return;
  const locale = row.locale === "en" ? "en" : "de";
  const mail = composeApplicationMail(
    {
      recipientName: row.name,
      status: row.status,
      body: row.municipalityName ?? row.listedOrganisation ?? row.organisationName ?? "",
      reason: row.reason,
      url: absoluteUrl(`${locale === "en" ? "/en" : ""}/join`),
    },
    locale,
  );
  await sendMail({ to: row.email, ...mail });
};
