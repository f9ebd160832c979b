import "server-only";
import { Feed } from "feed";
import { createTranslator } from "next-intl";
import { absoluteUrl } from "@/lib/config/origin";
import de from "@/messages/de.json";
import { listActivity } from "./queries";
import { activityPath, activityText } from "./rules";
import type { ActivityFilters } from "./schema";

// The feed package marks titles and summaries as type="html": user text (titles) is escaped first.
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Entries in the feed: the newest 50 (feed readers keep what they saw before). */
export const FEED_SIZE = 50;

function query(filters: ActivityFilters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set("state", filters.state);
  if (filters.themenfeld) params.set("themenfeld", String(filters.themenfeld));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * `/activity.atom`: the public activity as Atom 1.0 (German, like the site's default language), with
 * the same filters as the page. Every URL is absolute and built from the configured origin.
 */
export async function buildActivityFeed(filters: ActivityFilters): Promise<string> {
  const { items } = await listActivity({ ...filters, page: 1, pageSize: FEED_SIZE });
  const t = createTranslator({ locale: "de", messages: de, namespace: "activity" });
  const translate = (key: string, values?: Record<string, string>) => t(key as never, values as never);
  const pageUrl = absoluteUrl(`/activity${query(filters)}`);
  const feed = new Feed({
    id: absoluteUrl(`/activity.atom${query(filters)}`),
    title: t("feedTitle"),
    description: t("feedSubtitle"),
    link: pageUrl,
    language: "de",
    updated: items[0]?.at ?? new Date(0),
    generator: false,
    copyright: "Kommunalnetz",
    author: { name: "Kommunalnetz", link: absoluteUrl("/") },
    feedLinks: { atom: absoluteUrl(`/activity.atom${query(filters)}`) },
  });
  for (const item of items) {
    const text = activityText(translate, item, "de");
    feed.addItem({
      // Stable per event, and independent of the filters, so a reader that subscribed twice dedupes.
      id: absoluteUrl(`/activity#${item.key}`),
      title: escapeHtml(text),
      link: absoluteUrl(activityPath(item)),
      date: item.at,
      description: escapeHtml(`${t(`kinds.${item.kind}`)}: ${text}`),
      category: [{ term: item.kind, name: t(`kinds.${item.kind}`) }],
    });
  }
  return feed.atom1();
}
