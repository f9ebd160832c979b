import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SolutionListItem } from "@/lib/solutions/queries";
import { SolutionBadges } from "./solution-badges";

export function SolutionCard({ solution }: { solution: SolutionListItem }) {
  const t = useTranslations("solutions");
  return (
    <article className="kern-card w-full min-w-0" aria-labelledby={`solution-${solution.slug}`}>
      <div className="kern-card__container">
        <header className="kern-card__header flex flex-col gap-8">
          <h3 id={`solution-${solution.slug}`} className="kern-heading-small">
            <Link href={`/solutions/${solution.slug}`} className="kern-link">
              {solution.title}
            </Link>
          </h3>
          <p className="kern-body kern-body--small">
            <Link href={`/municipalities/${solution.municipality.ags}`} className="kern-link kern-link--small">
              {solution.municipality.name}
            </Link>
            {solution.themenfeld ? ` · ${solution.themenfeld.name}` : ""}
          </p>
        </header>
        <div className="kern-card__body flex flex-col gap-8">
          <p className="kern-body">{solution.summary}</p>
          <p className="kern-body kern-body--small kern-body--muted">
            {t("card.services")}: {solution.services.map((s) => s.name).join(", ")}
          </p>
        </div>
        <footer className="kern-card__footer flex flex-wrap items-center justify-between gap-8">
          <SolutionBadges status={solution.status} maturity={solution.maturity} confirmedAt={solution.confirmedAt} />
          <span className="kern-body kern-body--small">{t("reuseCount", { count: solution.reuseCount })}</span>
        </footer>
      </div>
    </article>
  );
}

export function SolutionCardList({ solutions }: { solutions: SolutionListItem[] }) {
  return (
    <ul className="grid gap-16 md:grid-cols-2">
      {solutions.map((solution) => (
        <li key={solution.slug} className="flex min-w-0">
          <SolutionCard solution={solution} />
        </li>
      ))}
    </ul>
  );
}
