import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommentHits } from "@/components/search/comment-hits";
import { Field } from "@/components/ui/field";
import { FilterFooter } from "@/components/ui/filter-footer";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { COMMENT_COUNT_CAP, searchComments } from "@/lib/discussion/search-queries";
import { commentSearchInput } from "@/lib/search/schema";
import { parseSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search.comments");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The comments group of /search in full: the same search, twenty a page, a plain GET form. */
export default async function CommentSearchPage({ searchParams }: PageProps<"/[locale]/search/comments">) {
  const t = await getTranslations("search.comments");
  const { search, errors } = parseSearchParams(commentSearchInput, await searchParams);
  const result = search.q ? await searchComments(search.q, await getViewer(), { page: search.page }) : null;
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={search.q ? t("title", { q: search.q }) : t("metaTitle")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <form role="search" method="get" className="flex max-w-768 flex-col gap-16 rounded-kern-default bg-kern-layout-background-hued p-16">
        <Field name="q" type="search" label={t("metaTitle")} defaultValue={search.q ?? ""} />
        <FilterFooter submitLabel={t("submit")} resetLabel={t("reset")} resetHref="/search/comments" />
      </form>
      {result ? (
        <>
          <p className="kern-body kern-body--bold" role="status">
            {result.totalCapped ? t("resultsCapped", { total: result.total }) : t("results", { total: result.total })}
          </p>
          <CommentHits hits={result.items} />
          <Pagination
            pathname="/search/comments"
            query={{ q: search.q }}
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            hasMore={result.totalCapped ? result.items.length === result.pageSize && result.page * result.pageSize < COMMENT_COUNT_CAP : undefined}
          />
        </>
      ) : (
        <p className="kern-body">{t("empty")}</p>
      )}
      <p className="kern-body">
        <Link href={{ pathname: "/search", query: search.q ? { q: search.q } : {} }} className="kern-link">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
