import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = {
  pathname: string;
  /** The current query, so that paging keeps search and filters. */
  query: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
};

export async function Pagination({ pathname, query, page, pageSize, total }: Props) {
  const t = await getTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>;
  const hrefFor = (p: number) => ({ pathname, query: { ...clean, page: String(p) } });
  return (
    <nav aria-label={t("label")} className="mt-24 flex flex-wrap items-center gap-16">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="kern-link" rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span className="kern-body" aria-current="page">
        {t("page", { page, pages })}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="kern-link" rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
