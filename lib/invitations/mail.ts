import "server-only";
import { createTranslator } from "next-intl";
import type { MemberRole } from "@/db/schema/member-enums";
import { absoluteUrl } from "@/lib/config/origin";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { invitationPath } from "./rules";

type InvitationMail = { email: string; token: string; expiresAt: Date; inviterName: string | null; targetName: string; role: MemberRole; meetup?: boolean };

/** The invitation in German (the invitee has no language setting yet), the link from APP_URL. */
export function composeInvitationMail(m: Omit<InvitationMail, "email">, locale: MailLocale = "de") {
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "invitations.mail" });
  const until = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" }).format(m.expiresAt);
  const url = absoluteUrl(invitationPath(m.token));
  const who = m.inviterName ? t("byName", { name: m.inviterName }) : t("byTeam");
  const lines = [t("hello"), t(m.meetup ? "meetupText" : "text", { who, target: m.targetName }), ...(m.role === "member" ? [] : [t("role", { role: t(`roles.${m.role}`) })]), url, t("until", { until }), t("ignore")];
  return { subject: t(m.meetup ? "meetupSubject" : "subject", { target: m.targetName }), text: lines.join("\n\n") };
}

/**
 * Straight into the outbox (lib/mail/send.ts), as the sign-in link: the link carries the token,
 * which is stored nowhere else, so it does not wait in a job's payload.
 */
export async function sendInvitationMail(m: InvitationMail): Promise<void> {
  const { subject, text } = composeInvitationMail(m);
  await sendMail({ to: m.email, subject, text });
}
