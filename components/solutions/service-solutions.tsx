import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listSolutionsForService } from "@/lib/solutions/queries";
import { SolutionCardList } from "./solution-card";

/** "Who already did this?": every solution for the service, and where it runs live. */
export async function ServiceSolutions({ serviceId }: { serviceId: number }) {
  const t = await getTranslations("solutions.forService");
  const solutions = await listSolutionsForService(serviceId);
  const live = [...new Map(solutions.filter((s) => s.status === "live").map((s) => [s.municipality.ags, s.municipality])).values()];
  return (
    <section aria-labelledby="service-solutions-title" className="flex flex-col gap-16">
      <h2 id="service-solutions-title" className="kern-heading-medium">
        {t("title")}
      </h2>
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
      {solutions.length > 0 ? <SolutionCardList solutions={solutions} /> : <p className="kern-body">{t("none")}</p>}
      <Link href="/solutions/new" className="kern-link">
        {t("newFor")}
      </Link>
    </section>
  );
}
