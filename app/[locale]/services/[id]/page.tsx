import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { ozgService } from "@/lib/seo/structured-data";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LeikaTable } from "@/components/services/leika-table";
import { ServiceSolutions } from "@/components/solutions/service-solutions";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/i18n/navigation";
import { Hyphenated } from "@/components/ui/hyphenated";
import { loadServicePage } from "@/lib/services/loaders";
import { FollowControl } from "@/components/follows/follow-control";

export async function generateMetadata({ params }: PageProps<"/[locale]/services/[id]">): Promise<Metadata> {
  const { id, locale } = await params;
  const service = await loadServicePage(id);
  return service ? publicPageMetadata({ locale, path: `/services/${service.id}`, title: service.name }) : {};
}

export default async function ServicePage({ params }: PageProps<"/[locale]/services/[id]">) {
  const service = await loadServicePage((await params).id);
  if (!service) notFound();
  const t = await getTranslations("services.detail");
  return (
    <div className="flex flex-col gap-32">
      <JsonLd data={ozgService(service, await getLocale())} />
      <div>
        <Link href="/services" className="kern-link kern-link--small">
          {t("backToList")}
        </Link>
        <h1 className="kern-heading-large mt-8"><Hyphenated text={service.name} /></h1>
        <div className="mt-12">
          <FollowControl target="service" targetId={String(service.id)} name={service.name} returnTo={`/services/${service.id}`} />
        </div>
      </div>
      <FactList
        facts={[
          [t("ozgId"), service.id],
          [
            t("themenfeld"),
            <Link key="t" href={{ pathname: "/services", query: { themenfeld: service.themenfeldId } }} className="kern-link">
              {service.themenfeld}
            </Link>,
          ],
          [t("lebenslage"), service.lebenslage],
        ]}
      />
      <ServiceSolutions serviceId={service.id} />
      <LeikaTable leika={service.leika} />
      <p className="kern-body kern-body--small">{t("source")}</p>
    </div>
  );
}
