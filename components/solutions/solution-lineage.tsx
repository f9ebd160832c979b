import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { listDerivedSolutions, type SolutionDetail } from "@/lib/solutions/queries";
import { Section } from "@/components/ui/section";

/** Where the solution came from and what others built on it: lineage both ways. */
export async function SolutionLineage({ solution }: { solution: SolutionDetail }) {
  const t = await getTranslations("solutions.detail");
  const derived = await listDerivedSolutions(solution.id, 100, await getViewer());
  if (!solution.basedOn && derived.length === 0) return null;
  return (
    <Section titleId="lineage-title" title={t("lineage")} className="flex flex-col gap-12">
      {solution.basedOn ? (
        <p className="kern-body">
          {t("basedOn")}:{" "}
          <Link href={`/solutions/${solution.basedOn.slug}`} className="kern-link">
            {t("basedOnText", { title: solution.basedOn.title, municipality: solution.basedOn.municipalityName })}
          </Link>
        </p>
      ) : null}
      {derived.length > 0 ? (
        <div>
          <h3 className="kern-heading-small">{t("derived")}</h3>
          <ul className="kern-list">
            {derived.map((d) => (
              <li key={d.slug}>
                <Link href={`/solutions/${d.slug}`} className="kern-link">
                  {t("basedOnText", { title: d.title, municipality: d.municipality.name })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
