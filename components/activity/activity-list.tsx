import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ActivityItem, ActivityKind } from "@/lib/activity/queries";
import { activityPath, activityText } from "@/lib/activity/rules";

const tones: Record<ActivityKind, string> = { solution: "success", reuse: "info", answer: "success", meetup: "info", material: "info" };

/** The activity entries, newest first: what happened, where, when, and a link to it. */
export async function ActivityList({ items }: { items: ActivityItem[] }) {
  const t = await getTranslations("activity");
  const locale = await getLocale();
  const translate = (key: string, values?: Record<string, string>) => t(key as never, values as never);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <ol className="flex flex-col divide-y divide-kern-layout-border border-y border-kern-layout-border">
      {items.map((item) => (
        <li key={item.key} className="flex flex-col gap-4 py-12">
          <div className="flex flex-wrap items-center gap-x-12 gap-y-4">
            <span className={`kern-badge kern-badge--${tones[item.kind]}`}>
              <span className="kern-label kern-label--small">{t(`kinds.${item.kind}`)}</span>
            </span>
            <time dateTime={item.at.toISOString()} className="kern-body kern-body--small text-kern-layout-text-muted">
              {when.format(item.at)}
            </time>
          </div>
          <Link href={activityPath(item)} className="kern-link kern-body break-words">
            {activityText(translate, item, locale)}
          </Link>
        </li>
      ))}
    </ol>
  );
}
