import "server-only";
import { createTranslator } from "next-intl";
import { mailMessages, type MailLocale } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import { redactSignInLinks } from "./link-mutations";

/** The reader chose English when the page they return to lives under /en. */
export function localeOfSignInLink(url: string): MailLocale {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  const path = callback.startsWith("http") ? new URL(callback).pathname : callback;
  return path === "/en" || path.startsWith("/en/") ? "en" : "de";
}

export async function sendSignInLink({ email, url, expires }: { email: string; url: string; expires: Date }) {
  const locale = localeOfSignInLink(url);
  const t = createTranslator({ locale, messages: mailMessages(locale), namespace: "auth.mail" });
  const until = new Intl.DateTimeFormat(locale, {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(expires);
  // The older links of this address stopped working when this one was made (lib/auth/config.ts).
  await redactSignInLinks(email);
  const { delivered } = await sendMail({
    to: email,
    subject: t("subject"),
    text: t("text", { url, until }),
  });
  if (delivered) await redactSignInLinks(email);
}
