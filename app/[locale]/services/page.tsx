import { titledPageMetadata } from "@/lib/seo/metadata";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import { ServiceCatalogue } from "@/components/services/service-catalogue";
import { ServiceFilters } from "@/components/services/service-filters";
import { QueryErrors } from "@/components/ui/query-errors";
import { parseSearchParams } from "@/lib/search-params";
import { listServicesByThemenfeld, listThemenfelder } from "@/lib/services/queries";
import { serviceSearchInput } from "@/lib/services/schema";
import { getCurrentMember } from "@/lib/auth/session";
import { listFollowedKeys } from "@/lib/follows/queries";

export const generateMetadata = titledPageMetadata("services", "/services");

export default async function ServicesPage({ searchParams }: PageProps<"/[locale]/services">) {
  const t = await getTranslations("services");
  const { search, errors } = parseSearchParams(serviceSearchInput, await searchParams);
  const [catalogue, themenfelder, viewer] = await Promise.all([listServicesByThemenfeld(search), listThemenfelder(), getCurrentMember()]);
  const keys = await listFollowedKeys(viewer?.id, themenfelder.map((tf) => ({ target: "themenfeld" as const, targetId: String(tf.id) })));
  const followed = new Set(themenfelder.filter((tf) => keys.has(`themenfeld:${tf.id}`)).map((tf) => tf.id));
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <ServiceFilters search={search} themenfelder={themenfelder} />
      <p className="kern-body kern-body--bold" role="status">
        {t("results", { total: catalogue.total })}
      </p>
      {catalogue.total === 0 ? <p className="kern-body">{t("noResults")}</p> : <ServiceCatalogue groups={catalogue.groups} open={Boolean(search.q || search.themenfeld)} followed={followed} returnTo="/services" />}
    </div>
  );
}
