import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { notificationHref } from "@/lib/notifications/queries";
import type { NotificationEntry } from "@/lib/notifications/rules";

const folded = new Set(["reply", "comment", "reuse"]);

/** The recipient's notifications, newest first; unread ones marked and folded by group. */
export async function NotificationList({ entries, page }: { entries: NotificationEntry[]; page: number }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  return (
    <ol className="flex flex-col gap-12" aria-label={t("listLabel")}>
      {entries.map(({ latest: n, count, unread }) => {
        const values = {
          actor: n.actor?.name ?? t("someone"),
          title: n.solution?.title ?? n.meetup?.title ?? "",
          count,
        };
        const text =
          count > 1 ? t(`group.${folded.has(n.kind) ? (n.kind as "reply" | "comment" | "reuse") : "other"}`, values) : t(`kind.${n.kind}`, values);
        return (
          <li
            key={n.id}
            className={`flex flex-col gap-8 rounded-4 border-l-4 p-16 md:flex-row md:items-start md:justify-between ${
              unread ? "border-kern-action-default bg-kern-layout-background-hued" : "border-kern-layout-border bg-kern-layout-background-default"
            }`}
            data-unread={unread ? "true" : undefined}
          >
            <div className="flex min-w-0 flex-col gap-4">
              <p className="kern-body">
                {unread ? (
                  <span className="kern-badge kern-badge--info kern-badge--small mr-8">
                    <span className="kern-label kern-label--small">{t("unread")}</span>
                  </span>
                ) : null}
                <Link href={notificationHref(n)} className={`kern-link break-words ${unread ? "font-bold" : ""}`}>
                  {text}
                </Link>
              </p>
              {n.comment && n.comment.excerpt && count === 1 ? (
                <p className="kern-body kern-body--small break-words text-kern-layout-text-muted">{n.comment.excerpt}</p>
              ) : null}
              <p className="kern-body kern-body--small text-kern-layout-text-muted">
                <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
            </div>
            {unread ? (
              <form action={markNotificationReadAction} className="shrink-0">
                {count > 1 ? <input type="hidden" name="group" value={n.groupKey} /> : <input type="hidden" name="id" value={String(n.id)} />}
                <input type="hidden" name="page" value={String(page)} />
                <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small whitespace-nowrap" aria-label={`${count > 1 ? t("markGroupRead", { count }) : t("markRead")} – ${text}`}>
                  <span className="kern-label">{count > 1 ? t("markGroupRead", { count }) : t("markRead")}</span>
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
