import { useTranslations } from "next-intl";
import type { solutionStatuses } from "@/db/schema/solution-enums";

type SolutionStatus = (typeof solutionStatuses)[number];
import { isOutdated } from "@/lib/solutions/freshness";

type Props = { status: SolutionStatus; maturity: number; confirmedAt: Date | null; draft?: boolean };

export function SolutionBadges({ status, maturity, confirmedAt, draft }: Props) {
  const t = useTranslations("solutions");
  return (
    <div className="flex flex-wrap gap-8">
      {draft ? <Badge tone="warning" text={t("draft")} /> : null}
      <Badge tone={status === "live" ? "success" : "info"} text={t(`statuses.${status}`)} />
      <Badge tone="info" text={t("maturityLevel", { level: maturity })} />
      {isOutdated(confirmedAt) ? <Badge tone="warning" text={t("outdated")} title={t("outdatedHint")} /> : null}
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
