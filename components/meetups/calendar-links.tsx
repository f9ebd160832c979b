import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/config/origin";

/**
 * Download and subscribe links for the feed with the current filters. webcal:// makes calendar apps
 * offer a subscription instead of a one-off import.
 */
export async function CalendarLinks({ query }: { query: Record<string, string | undefined> }) {
  const t = await getTranslations("meetups");
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const path = `/meetups/calendar.ics${params ? `?${params}` : ""}`;
  return (
    <section aria-labelledby="calendar-title" className="flex flex-col gap-8">
      <h2 id="calendar-title" className="kern-heading-small">
        {t("calendar")}
      </h2>
      <p className="kern-body kern-body--small">{t("subscribeHint")}</p>
      <ul className="flex flex-wrap gap-x-24 gap-y-8">
        <li>
          <a href={absoluteUrl(path).replace(/^https?:/, "webcal:")} className="kern-link">
            {t("subscribe")}
          </a>
        </li>
        <li>
          <a href={path} className="kern-link">
            {t("feedDownload")}
          </a>
        </li>
      </ul>
    </section>
  );
}
