import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RevisionChanges } from "@/components/solutions/revision-changes";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { loadSolutionPage } from "@/lib/solutions/loaders";
import { listRevisionChanges } from "@/lib/solutions/revisions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("solutions.detail");
  return { title: t("history") };
}

export default async function SolutionHistoryPage({ params }: PageProps<"/[locale]/solutions/[slug]/history">) {
  const { slug } = await params;
  const { viewer, solution } = await loadSolutionPage(slug);
  if (!solution) notFound();
  const [t, tp, format, revisions] = await Promise.all([
    getTranslations("solutions.history"),
    getTranslations("privacy"),
    getFormatter(),
    listRevisionChanges(slug, viewer),
  ]);
  return (
    <div className="flex flex-col gap-24">
      <Link href={`/solutions/${slug}`} className="kern-link kern-link--small">
        {t("back")}
      </Link>
      <PageHeader title={t("title", { title: solution.title })} lead={t("lead")} />
      {revisions.length === 0 ? <p className="kern-body">{t("none")}</p> : null}
      <ol className="flex flex-col gap-24">
        {revisions.map((revision) => (
          <li key={revision.version} className="flex flex-col gap-8 border-l-4 border-kern-layout-border pl-16">
            <h2 className="kern-heading-small">
              {t("version", { version: revision.version })}{" "}
              <span className="kern-body kern-body--small">
                {t("by", { name: revision.editorName ?? tp("formerMember"), date: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
            </h2>
            {revision.previousVersion === null ? (
              <p className="kern-body">{t("first")}</p>
            ) : (
              <RevisionChanges changes={revision.changes} previousVersion={revision.previousVersion} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
