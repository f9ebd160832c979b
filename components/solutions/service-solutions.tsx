import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { listMunicipalitiesRunningService } from "@/lib/solutions/live-queries";
import { listSolutionsForService } from "@/lib/solutions/queries";
import { SolutionCardList } from "./solution-card";
import { Section } from "@/components/ui/section";

/** "Who already did this?": the solutions for the service (all of them in the catalogue), and where it runs live. */
export async function ServiceSolutions({ serviceId }: { serviceId: number }) {
  const t = await getTranslations("solutions.forService");
  const [solutions, live] = await Promise.all([listSolutionsForService(serviceId, 12, await getViewer()), listMunicipalitiesRunningService(serviceId)]);
  return (
    <Section titleId="service-solutions-title" title={t("title")}>
      {live.length > 0 ? (
        <p className="kern-body">
          {t("liveIn")}:{" "}
          {live.map((m, i) => (
            <span key={m.ags}>
              {i > 0 ? ", " : ""}
              <Link href={`/municipalities/${m.ags}`} className="kern-link">
                {m.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {solutions.items.length > 0 ? <SolutionCardList solutions={solutions.items} /> : <p className="kern-body">{t("none")}</p>}
      {solutions.total > solutions.items.length ? (
        <Link href={{ pathname: "/solutions", query: { service: serviceId } }} className="kern-link">
          {t("all", { count: solutions.total })}
        </Link>
      ) : null}
      <Link href="/solutions/new" className="kern-link">
        {t("newFor")}
      </Link>
    </Section>
  );
}
