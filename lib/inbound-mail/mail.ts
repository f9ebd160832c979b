import { mailMessages } from "@/lib/mail/messages";
import type { RefusalReason } from "./mutations";

/**
 * The plain-text answer of the inbound endpoint to a refused reply. A Postfix pipe (curl
 * --fail-with-body) turns it into the bounce the sender gets, so it says in German and English what
 * went wrong, names no member and no address, and invites no reply.
 */
export function refusalText(reason: RefusalReason): string {
  const de = mailMessages("de").inboundMail;
  const en = mailMessages("en").inboundMail;
  return [de.notPosted, de.refused[reason], "", en.notPosted, en.refused[reason], ""].join("\n");
}
