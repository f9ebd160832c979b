import de from "@/messages/de.json";
import en from "@/messages/en.json";

/** Mails go out in German or English, whichever the reader uses the site in. */
export type MailLocale = "de" | "en";

/** The message catalogue for a mail, which is written outside any request (and its locale). */
export function mailMessages(locale: MailLocale) {
  return locale === "en" ? en : de;
}
