import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MunicipalityFacts } from "@/components/municipalities/municipality-facts";
import { MunicipalityMembers } from "@/components/municipalities/municipality-members";
import { MunicipalityLiveServices } from "@/components/solutions/municipality-live-services";
import { MunicipalitySolutions } from "@/components/solutions/municipality-solutions";
import { Link } from "@/i18n/navigation";
import { Hyphenated } from "@/components/ui/hyphenated";
import { loadMunicipalityPage } from "@/lib/municipalities/loaders";
import { FollowControl } from "@/components/follows/follow-control";

export async function generateMetadata({ params }: PageProps<"/[locale]/municipalities/[ags]">): Promise<Metadata> {
  const { ags, locale } = await params;
  const municipality = await loadMunicipalityPage(ags);
  return municipality ? publicPageMetadata({ locale, path: `/municipalities/${municipality.ags}`, title: municipality.name }) : {};
}

export default async function MunicipalityPage({ params }: PageProps<"/[locale]/municipalities/[ags]">) {
  const municipality = await loadMunicipalityPage((await params).ags);
  if (!municipality) notFound();
  const t = await getTranslations("municipalities.detail");
  return (
    <div className="flex flex-col gap-32">
      <div>
        <Link href="/municipalities" className="kern-link kern-link--small">
          {t("backToList")}
        </Link>
        <h1 className="kern-heading-large mt-8"><Hyphenated text={municipality.name} /></h1>
        <p className="kern-body kern-body--muted">
          {municipality.districtName} · {municipality.stateName}
        </p>
        <div className="mt-12">
          <FollowControl target="municipality" targetId={municipality.ags} name={municipality.name} returnTo={`/municipalities/${municipality.ags}`} />
        </div>
      </div>
      <MunicipalityFacts municipality={municipality} />
      <MunicipalityLiveServices ags={municipality.ags} />
      <MunicipalitySolutions ags={municipality.ags} />
      <MunicipalityMembers ags={municipality.ags} />
      <p className="kern-body kern-body--small">{t("source")}</p>
    </div>
  );
}
