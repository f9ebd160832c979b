import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listServicesRunningIn } from "@/lib/solutions/live-queries";
import { Section } from "@/components/ui/section";

/** The OZG services running live in a municipality, by its own solutions or by reusing others'. */
export async function MunicipalityLiveServices({ ags }: { ags: string }) {
  const t = await getTranslations("solutions.forMunicipality");
  const services = await listServicesRunningIn(ags);
  return (
    <Section titleId="live-services-title" title={t("liveServices")}>
      {services.length === 0 ? (
        <p className="kern-body">{t("liveServicesNone")}</p>
      ) : (
        <ul className="kern-list">
          {services.map((service) => (
            <li key={service.id}>
              <Link href={`/services/${service.id}`} className="kern-link">
                {service.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
