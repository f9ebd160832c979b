import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DecisionForm } from "@/components/moderation/decision-form";
import { ReportTargetLink } from "@/components/moderation/report-target";
import { RestoreForm } from "@/components/moderation/restore-form";
import { SuspensionForm } from "@/components/moderation/suspension-form";
import { FlashMessage } from "@/components/ui/flash-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { getViewer, requireMember } from "@/lib/auth/session";
import { listAdmins } from "@/lib/members/queries";
import { listHiddenContent, listOpenReports } from "@/lib/moderation/queries";
import { firstValues } from "@/lib/search-params";
import { isModerator } from "@/lib/visibility/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.queue");
  return { title: t("title"), robots: { index: false } };
}

/** The moderation queue: open reports with their decision, and what is hidden, to restore it. */
const DONE = ["hidden", "dismissed", "restored"] as const;

export default async function AdminReportsPage({ searchParams }: PageProps<"/[locale]/admin/reports">) {
  await requireMember("/admin/reports");
  const viewer = await getViewer();
  const t = await getTranslations("moderation.queue");
  if (!isModerator(viewer)) {
    return <RoleRequired title={t("title")} reason={t("roleReason")} ask={t("roleAsk")} contacts={await listAdmins()} back={{ href: "/me", label: t("roleBack") }} />;
  }
  const [reports, hidden, format] = await Promise.all([listOpenReports(), listHiddenContent(), getFormatter()]);
  // What the decision that redirected here did (only these three words are shown).
  const { done: doneParam } = firstValues(await searchParams);
  const done = DONE.find((word) => word === doneParam);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <div className="flex flex-col gap-32">
      <PageHeader title={t("title")} lead={t("lead")} />
      {done ? <FlashMessage>{t(done)}</FlashMessage> : null}
      <ClientMessages keys={["moderation", "errors"]}>
        <Section titleId="open-reports" title={t("openTitle")}>
          {reports.length === 0 ? (
            <p className="kern-body">{t("empty")}</p>
          ) : (
            <ol className="flex flex-col gap-24">
              {reports.map((report) => (
                <li key={report.id} className="flex flex-col gap-12 border-l-4 border-kern-layout-border pl-16">
                  <article aria-labelledby={`report-${report.id}`} className="flex flex-col gap-12">
                    <h3 id={`report-${report.id}`} className="kern-heading-small">
                      <ReportTargetLink report={report} />
                    </h3>
                    <p className="kern-body kern-body--small">
                      {t("reportedOn", { date: when(report.createdAt), name: report.reporterName ?? t("deletedMember") })}
                    </p>
                    <div>
                      <p className="kern-label">{t("reason")}</p>
                      <p className="kern-body prewrap">{report.reason}</p>
                    </div>
                    {report.targetType === "comment" && report.commentExcerpt ? (
                      <blockquote className="kern-body prewrap border-l-2 border-kern-layout-border pl-12">{report.commentExcerpt}</blockquote>
                    ) : null}
                    <DecisionForm reportId={report.id} canHide={report.targetType !== "member" && !report.hidden && !report.gone} />
                    {report.targetType === "member" && report.memberName && report.memberRole !== "admin" ? (
                      <SuspensionForm memberId={report.targetId} memberName={report.memberName} suspended={report.memberStatus === "suspended"} />
                    ) : null}
                  </article>
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section titleId="hidden-content" title={t("hiddenTitle")}>
          {hidden.solutions.length + hidden.comments.length === 0 ? (
            <p className="kern-body">{t("hiddenEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-24">
              {hidden.solutions.map((solution) => (
                <li key={solution.id} className="flex flex-col gap-8 border-l-4 border-kern-layout-border pl-16">
                  <p className="kern-body">
                    {t("kind.solution")}:{" "}
                    <Link href={`/solutions/${solution.slug}`} className="kern-link">
                      {solution.title}
                    </Link>
                  </p>
                  <p className="kern-body kern-body--small">{t("hiddenNote", { note: solution.note ?? "–" })}</p>
                  <RestoreForm targetType="solution" targetId={solution.id} />
                </li>
              ))}
              {hidden.comments.map((comment) => (
                <li key={comment.id} className="flex flex-col gap-8 border-l-4 border-kern-layout-border pl-16">
                  <p className="kern-body">
                    {t("kind.comment")}
                    {comment.path ? (
                      <>
                        {": "}
                        <Link href={`${comment.path}#comment-${comment.id}`} className="kern-link">
                          {t("openPage")}
                        </Link>
                      </>
                    ) : null}
                  </p>
                  <blockquote className="kern-body prewrap border-l-2 border-kern-layout-border pl-12">{comment.excerpt}</blockquote>
                  <p className="kern-body kern-body--small">{t("hiddenNote", { note: comment.note ?? "–" })}</p>
                  <RestoreForm targetType="comment" targetId={comment.id} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      </ClientMessages>
    </div>
  );
}
