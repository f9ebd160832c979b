import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/i18n/pick-messages";

/**
 * Hands the client components below it only the messages they use. The whole catalogue is some
 * 40 KB of JSON that would otherwise travel in the RSC payload of every page, search results included.
 */
export async function ClientMessages({ keys, children }: { keys: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, keys)}>{children}</NextIntlClientProvider>;
}
