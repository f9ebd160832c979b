import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { FlashMessage } from "@/components/ui/flash-message";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import { getUnreadCount, loadNotificationsPage } from "@/lib/notifications/loaders";
import { notificationsPage } from "@/lib/notifications/schema";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage({ searchParams }: PageProps<"/[locale]/notifications">) {
  const params = await searchParams;
  const page = notificationsPage.parse(Array.isArray(params.page) ? params.page[0] : params.page);
  const member = await requireMember(page > 1 ? `/notifications?page=${page}` : "/notifications");
  const [t, { entries, total, pageSize }, unread] = await Promise.all([
    getTranslations("notifications"),
    loadNotificationsPage(member.id, page),
    getUnreadCount(member.id),
  ]);
  const done = params.done === "all" ? t("markedAll") : params.done === "one" ? t("markedOne") : null;
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <div className="flex flex-col gap-8">
        <PageHeader title={t("title")} lead={t("lead")} />
        <p className="kern-body">
          <Link href="/settings/notifications" className="kern-link">
            {t("settings")}
          </Link>
        </p>
      </div>
      {done ? <FlashMessage>{done}</FlashMessage> : null}
      <div className="flex flex-wrap items-center justify-between gap-16">
        <h2 className="kern-heading-small">{unread > 0 ? t("unreadCount", { count: unread }) : t("noneUnread")}</h2>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <input type="hidden" name="page" value={String(page)} />
            <SubmitButton label={t("markAllRead")} variant="secondary" size="x-small" />
          </form>
        ) : null}
      </div>
      {entries.length > 0 ? <NotificationList entries={entries} page={page} /> : total === 0 ? <p className="kern-body">{t("none")}</p> : null}
      <Pagination pathname="/notifications" query={{}} page={page} pageSize={pageSize} total={total} />
    </div>
  );
}
