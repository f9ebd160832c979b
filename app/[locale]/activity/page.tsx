import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityList } from "@/components/activity/activity-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { listActivity } from "@/lib/activity/queries";
import { activityListInput } from "@/lib/activity/schema";
import { listStates } from "@/lib/municipalities/queries";
import { parseSearchParams } from "@/lib/search-params";
import { listThemenfelder } from "@/lib/services/queries";

function feedPath(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return `/activity.atom${params ? `?${params}` : ""}`;
}

export async function generateMetadata({ searchParams }: PageProps<"/[locale]/activity">): Promise<Metadata> {
  const t = await getTranslations("activity");
  const { search } = parseSearchParams(activityListInput, await searchParams);
  const filters = { state: search.state, themenfeld: search.themenfeld ? String(search.themenfeld) : undefined };
  return { title: t("title"), alternates: { types: { "application/atom+xml": [{ url: feedPath(filters), title: t("feedTitle") }] } } };
}

export default async function ActivityPage({ searchParams }: PageProps<"/[locale]/activity">) {
  const t = await getTranslations("activity");
  const { search, errors } = parseSearchParams(activityListInput, await searchParams);
  const [result, states, themenfelder] = await Promise.all([listActivity(search), listStates(), listThemenfelder()]);
  const filters = { state: search.state, themenfeld: search.themenfeld ? String(search.themenfeld) : undefined };
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <ActivityFilters search={search} states={states} themenfelder={themenfelder} />
      <div role="status">
        <h2 className="kern-heading-small">{t("results", { total: result.total })}</h2>
      </div>
      {result.items.length === 0 ? <p className="kern-body">{t("none")}</p> : <ActivityList items={result.items} />}
      <Pagination pathname="/activity" query={filters} page={result.page} pageSize={result.pageSize} total={result.total} />
      <section aria-labelledby="feed-title" className="flex flex-col gap-8">
        <h2 id="feed-title" className="kern-heading-small">
          {t("feedTitle")}
        </h2>
        <p className="kern-body kern-body--small">{t("feedHint")}</p>
        <p>
          <a href={feedPath(filters)} className="kern-link" type="application/atom+xml">
            {t("feedLink")}
          </a>
        </p>
      </section>
    </div>
  );
}
