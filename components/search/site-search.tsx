import { getLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getPathname } from "@/i18n/navigation";
import { SearchBox } from "./search-box";

/** The search box with the texts it needs on the client and the /search address of the current language. */
export async function SiteSearch({ inputId, initialText, compact }: { inputId: string; initialText?: string; compact?: boolean }) {
  const locale = await getLocale();
  return (
    <ClientMessages keys={["search.box", "municipalities.picker"]}>
      <SearchBox action={getPathname({ href: "/search", locale })} inputId={inputId} initialText={initialText} compact={compact} />
    </ClientMessages>
  );
}
