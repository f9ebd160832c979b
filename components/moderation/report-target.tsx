import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { OpenReport } from "@/lib/moderation/queries";

/** What a report is about, as the queue's heading: its kind, a link to it, and whether it is hidden or gone. */
export async function ReportTargetLink({ report }: { report: OpenReport }) {
  const t = await getTranslations("moderation.queue");
  const kind = t(`kind.${report.targetType}`);
  const target =
    report.targetType === "solution" && report.solutionSlug
      ? { href: `/solutions/${report.solutionSlug}`, label: report.solutionTitle! }
      : report.targetType === "comment" && report.commentPath
        ? { href: `${report.commentPath}#comment-${report.targetId}`, label: t("openPage") }
        : report.targetType === "member" && report.memberName
          ? { href: `/members/${report.targetId}`, label: report.memberName }
          : null;
  return (
    <>
      {kind}:{" "}
      {target ? (
        <Link href={target.href} className="kern-link">
          {target.label}
        </Link>
      ) : (
        t("gone")
      )}
      {report.hidden ? <span className="kern-body kern-body--small font-normal"> ({t("isHidden")})</span> : null}
      {report.memberStatus === "suspended" ? <span className="kern-body kern-body--small font-normal"> ({t("memberSuspended")})</span> : null}
    </>
  );
}
