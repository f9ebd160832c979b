import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = {
  pathname: string;
  /** The current query, so that paging keeps search and filters. */
  query: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  /**
   * Only for a `total` that is a lower bound (a capped count): whether a next page exists. The page
   * count is then shown open-ended ("of 10+") while there is more, and ends at the current page once
   * there is not.
   */
  hasMore?: boolean;
};

/**
 * The last page when `page` lies beyond it (a hand-edited or outdated link such as ?page=100000),
 * else null. Only for exact counts: a capped count does not know its last page.
 */
export function lastPageIfBeyond({ page, pageSize, total, hasMore }: Pick<Props, "page" | "pageSize" | "total" | "hasMore">): number | null {
  const counted = Math.ceil(total / pageSize);
  return hasMore === undefined && total > 0 && page > counted ? counted : null;
}

/** Which links to offer and what to call the number of pages; null when one page holds everything. */
export function pageLinks({ page, pageSize, total, hasMore }: Pick<Props, "page" | "pageSize" | "total" | "hasMore">) {
  const counted = Math.max(1, Math.ceil(total / pageSize));
  const last = hasMore === undefined ? counted : hasMore ? Math.max(counted, page + 1) : page;
  if (last <= 1) return null;
  return { previous: page > 1, next: page < last, pages: hasMore ? `${last}+` : last };
}

export async function Pagination({ pathname, query, page, pageSize, total, hasMore }: Props) {
  const t = await getTranslations("pagination");
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>;
  const hrefFor = (p: number) => ({ pathname, query: { ...clean, page: String(p) } });
  // Not "page 100000 of 539" next to an empty list: say where the results end and link there.
  const last = lastPageIfBeyond({ page, pageSize, total, hasMore });
  if (last !== null) {
    return (
      <nav aria-label={t("label")} className="mt-24 flex flex-col gap-8">
        <p className="kern-body">{t("beyondLast", { page, last })}</p>
        <p className="kern-body">
          <Link href={hrefFor(last)} className="kern-link">
            {t("toLastPage", { last })}
          </Link>
        </p>
      </nav>
    );
  }
  const links = pageLinks({ page, pageSize, total, hasMore });
  if (!links) return null;
  return (
    <nav aria-label={t("label")} className="mt-24 flex flex-wrap items-center gap-16">
      {links.previous ? (
        <Link href={hrefFor(page - 1)} className="kern-link" rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span className="kern-body" aria-current="page">
        {t("page", { page, pages: links.pages })}
      </span>
      {links.next ? (
        <Link href={hrefFor(page + 1)} className="kern-link" rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
