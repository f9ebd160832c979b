import { formatBerlinDateTime } from "@/lib/meetups/time";
import type { ActivityItem } from "./queries";

/** The page an activity item is about (a path without locale prefix). */
export function activityPath(item: ActivityItem): string {
  switch (item.kind) {
    case "solution":
    case "reuse":
      return `/solutions/${item.slug}`;
    case "answer":
      return `/solutions/${item.slug}#comment-${item.commentId}`;
    case "meetup":
    case "material":
      return `/meetups/${item.slug}`;
  }
}

type Translate = (key: string, values?: Record<string, string>) => string;

/** One sentence about the item, in the translator's language (namespace `activity`). */
export function activityText(t: Translate, item: ActivityItem, locale: string): string {
  const municipality = item.municipality ?? "";
  switch (item.kind) {
    case "solution":
      return t("items.solution", { municipality, title: item.title });
    case "reuse":
      return t("items.reuse", { municipality, title: item.title, status: t(`reuseStatus.${item.detail ?? "considering"}`) });
    case "answer":
      return t("items.answer", { title: item.title });
    case "meetup":
      return t("items.meetup", { title: item.title, date: item.detail ? formatBerlinDateTime(new Date(item.detail), locale, { dateStyle: "long", timeStyle: "short" }) : "" });
    case "material":
      return t("items.material", { material: item.detail ?? "", title: item.title });
  }
}
