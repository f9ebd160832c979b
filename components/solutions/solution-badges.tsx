import { useTranslations } from "next-intl";
import type { SolutionStatus } from "@/db/schema";
import { memoized } from "@/lib/memoized";
import { isOutdated } from "@/lib/solutions/rules";

type Props = { status: SolutionStatus; maturity: number; confirmedAt: Date | null; draft?: boolean };

/** The texts the badges show, translated once for a whole list of solutions. */
export type BadgeLabels = {
  draft: string;
  statuses: Record<SolutionStatus, string>;
  maturity: (level: number) => string;
  outdated: string;
  outdatedHint: string;
};

export function useBadgeLabels(): BadgeLabels {
  const t = useTranslations("solutions");
  return {
    draft: t("draft"),
    statuses: { planned: t("statuses.planned"), in_progress: t("statuses.in_progress"), live: t("statuses.live") },
    maturity: memoized((level) => t("maturityLevel", { level })),
    outdated: t("outdated"),
    outdatedHint: t("outdatedHint"),
  };
}

export function SolutionBadges(props: Props) {
  return <SolutionBadgeRow {...props} labels={useBadgeLabels()} />;
}

export function SolutionBadgeRow({ status, maturity, confirmedAt, draft, labels }: Props & { labels: BadgeLabels }) {
  return (
    <div className="flex flex-wrap gap-8">
      {draft ? <Badge tone="warning" text={labels.draft} /> : null}
      <Badge tone={status === "live" ? "success" : "info"} text={labels.statuses[status]} />
      <Badge tone="info" text={labels.maturity(maturity)} />
      {isOutdated(confirmedAt) ? <Badge tone="warning" text={labels.outdated} title={labels.outdatedHint} /> : null}
    </div>
  );
}

function Badge({ tone, text, title }: { tone: "success" | "info" | "warning"; text: string; title?: string }) {
  return (
    <span className={`kern-badge kern-badge--${tone}`} title={title}>
      <span className="kern-label kern-label--small">{text}</span>
    </span>
  );
}
