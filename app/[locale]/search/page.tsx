import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchGroups } from "@/components/search/search-groups";
import { SiteSearch } from "@/components/search/site-search";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { countEverything, searchEverything } from "@/lib/search/grouped-queries";
import { countSearchMissLater } from "@/lib/search/mutations";
import { everythingSearchInput } from "@/lib/search/schema";
import { parseSearchParams } from "@/lib/search-params";
import { publicPageMetadata } from "@/lib/seo/metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations("search.page");
  return publicPageMetadata({ locale, path: "/search", title: t("title") });
}

export default async function SearchPage({ searchParams }: PageProps<"/[locale]/search">) {
  const t = await getTranslations("search.page");
  const { search, errors } = parseSearchParams(everythingSearchInput, await searchParams);
  const q = search.q;
  const result = q ? await searchEverything(q, await getViewer()) : null;
  const found = result ? countEverything(result) : 0;
  if (q && found === 0) countSearchMissLater(q);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <div className="max-w-768">
        <SiteSearch inputId="search-page-q" initialText={q ?? ""} />
      </div>
      {!q || !result ? (
        <p className="kern-body">{t("empty")}</p>
      ) : (
        <>
          <div role="status">
            <h2 className="kern-heading-small">{t("resultsFor", { q })}</h2>
          </div>
          {found === 0 ? (
            <p className="kern-body">
              {t("nothing", { q })}{" "}
              <Link href="/meetups" className="kern-link">
                {t("nothingLink")}
              </Link>
            </p>
          ) : (
            <SearchGroups q={q} result={result} />
          )}
        </>
      )}
    </div>
  );
}
