import { titledPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { CalendarLinks } from "@/components/meetups/calendar-links";
import { MeetupCard } from "@/components/meetups/meetup-card";
import { MeetupFilters } from "@/components/meetups/meetup-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Link } from "@/i18n/navigation";
import { getCurrentMember } from "@/lib/auth/session";
import { listMeetups } from "@/lib/meetups/queries";
import { meetupPageInput } from "@/lib/meetups/schema";
import { listStates } from "@/lib/municipalities/queries";
import { parseSearchParams } from "@/lib/search-params";
import { listThemenfelder } from "@/lib/services/queries";

export const generateMetadata = titledPageMetadata("meetups", "/meetups");

export default async function MeetupsPage({ searchParams }: PageProps<"/[locale]/meetups">) {
  const t = await getTranslations("meetups");
  const { search, errors } = parseSearchParams(meetupPageInput, await searchParams);
  const [result, states, themenfelder, member] = await Promise.all([listMeetups(search), listStates(), listThemenfelder(), getCurrentMember()]);
  const filters = { state: search.state, format: search.format, themenfeld: search.themenfeld ? String(search.themenfeld) : undefined };
  const mayOrganise = member?.role === "organiser" || member?.role === "admin";
  return (
    <div className="flex flex-col gap-24">
      <div className="flex flex-wrap items-start justify-between gap-16">
        <PageHeader title={t("title")} lead={t("lead")} />
        {mayOrganise ? (
          <Link href="/meetups/new" className="kern-btn kern-btn--primary no-underline">
            <span className="kern-label">{t("newLink")}</span>
          </Link>
        ) : null}
      </div>
      <QueryErrors errors={errors} />
      <MeetupFilters search={search} states={states} themenfelder={themenfelder} />
      <div role="status">
        <h2 className="kern-heading-small">
          {search.when === "past" ? t("past") : t("upcoming")}: {t("results", { total: result.total })}
        </h2>
      </div>
      {result.items.length === 0 ? (
        result.total === 0 ? <p className="kern-body">{t("none")}</p> : null
      ) : (
        <ul className="grid gap-16 md:grid-cols-2">
          {result.items.map((meetup) => (
            <li key={meetup.id} className="flex min-w-0">
              <MeetupCard meetup={meetup} />
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/meetups" query={{ ...filters, q: search.q, when: search.when }} page={result.page} pageSize={result.pageSize} total={result.total} />
      <CalendarLinks query={filters} />
    </div>
  );
}
