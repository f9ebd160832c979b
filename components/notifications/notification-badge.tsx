import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getUnreadCount } from "@/lib/notifications/loaders";

/** Bell with the unread count, next to the member menu. Server-rendered: correct on every load. */
export async function NotificationBadge({ memberId }: { memberId: string }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), getUnreadCount(memberId)]);
  return (
    <Link href="/notifications" className="kern-link relative inline-flex items-center gap-4 no-underline" aria-label={t("badge", { count })}>
      <svg className="shrink-0" aria-hidden="true" focusable="false" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 ? (
        <span className="kern-badge kern-badge--danger kern-badge--small" data-testid="unread-count">
          <span className="kern-label kern-label--small">{count > 99 ? "99+" : count}</span>
        </span>
      ) : null}
    </Link>
  );
}
