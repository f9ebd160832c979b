import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DirectoryFilters } from "@/components/members/directory-filters";
import { DirectoryList } from "@/components/members/directory-list";
import { ProfilesRefused } from "@/components/members/profiles-refused";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { getViewer, requireMember } from "@/lib/auth/session";
import { listExpertiseServices, searchDirectory } from "@/lib/members/directory-queries";
import { directorySearchInput } from "@/lib/members/profile-schema";
import { seesProfiles } from "@/lib/members/rules";
import { listDistricts, listStates } from "@/lib/municipalities/queries";
import { parseSearchParams } from "@/lib/search-params";
import { listServicesByIds, listThemenfelder } from "@/lib/services/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.directory");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The members directory (verified members, moderators and admins): who knows which software,
 * service or Themenfeld, where. Signed-out visitors go to sign-in, pending members are told how to
 * become verified. A malformed parameter is reported above the list and dropped.
 */
export default async function MembersDirectoryPage({ searchParams }: PageProps<"/[locale]/members">) {
  await requireMember("/members");
  const viewer = await getViewer();
  const t = await getTranslations("members.directory");
  if (!seesProfiles(viewer)) return <ProfilesRefused title={t("title")} />;
  const { search, errors } = parseSearchParams(directorySearchInput, await searchParams);
  // A district link without its state still shows the district chosen.
  const state = search.state ?? search.district?.slice(0, 2);
  const [result, states, districts, themenfelder, services] = await Promise.all([
    searchDirectory(search, viewer),
    listStates(),
    state ? listDistricts(state) : Promise.resolve([]),
    listThemenfelder(),
    listExpertiseServices(),
  ]);
  const page = result ?? { items: [], total: 0, page: 1, pageSize: 20 };
  // A link may name a service nobody lists (any more): the select still shows what is filtered.
  const serviceOptions =
    search.service !== undefined && !services.some((s) => s.id === search.service) ? [...(await listServicesByIds([search.service])), ...services] : services;
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <DirectoryFilters search={{ ...search, state }} states={states} districts={districts} themenfelder={themenfelder} services={serviceOptions} />
      <p className="kern-body kern-body--bold" role="status">
        {t("results", { total: page.total })}
      </p>
      {page.items.length > 0 ? <DirectoryList items={page.items} /> : page.total === 0 ? <p className="kern-body">{t("noResults")}</p> : null}
      <Pagination
        pathname="/members"
        query={{
          q: search.q,
          software: search.software,
          service: search.service ? String(search.service) : undefined,
          themenfeld: search.themenfeld ? String(search.themenfeld) : undefined,
          state: search.state,
          district: search.district,
          municipality: search.municipality,
        }}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </div>
  );
}
