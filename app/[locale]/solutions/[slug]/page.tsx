import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { solutionWork } from "@/lib/seo/structured-data";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SavedFlash } from "@/components/ui/saved-flash";
import { SolutionAuthoring } from "@/components/solutions/solution-authoring";
import { SolutionBadges } from "@/components/solutions/solution-badges";
import { SolutionBody } from "@/components/solutions/solution-body";
import { SolutionFacts } from "@/components/solutions/solution-facts";
import { SolutionLifecycle } from "@/components/solutions/solution-lifecycle";
import { SolutionLineage } from "@/components/solutions/solution-lineage";
import { SolutionMeetups } from "@/components/solutions/solution-meetups";
import { SolutionReuses } from "@/components/solutions/solution-reuses";
import { Link } from "@/i18n/navigation";
import { loadSolutionPage } from "@/lib/solutions/loaders";
import { Hyphenated } from "@/components/ui/hyphenated";
import { CommentThread } from "@/components/discussion/comment-thread";
import { QuestionsAnswers } from "@/components/discussion/questions-answers";
import { loadDiscussion } from "@/lib/discussion/loaders";
import { hasCompleteProfile } from "@/lib/auth/session";
import { HelpfulButton } from "@/components/discussion/helpful-button";
import { FollowControl } from "@/components/follows/follow-control";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getSolutionHelpful } from "@/lib/discussion/reaction-queries";
import { HiddenSolutionBanner } from "@/components/moderation/hidden-banner";
import { ReportForm } from "@/components/moderation/report-form";
import { ContactLeftNotice } from "@/components/handover/contact-left-notice";

export async function generateMetadata({ params }: PageProps<"/[locale]/solutions/[slug]">): Promise<Metadata> {
  const { slug, locale } = await params;
  const { solution } = await loadSolutionPage(slug);
  if (!solution) return {};
  // Drafts are seen by their authors only, network solutions by members: never indexed.
  if (solution.state !== "published" || solution.visibility !== "public") return { title: solution.title, robots: { index: false } };
  return publicPageMetadata({ locale, path: `/solutions/${solution.slug}`, title: solution.title, description: solution.summary, type: "article" });
}

export default async function SolutionPage({ params, searchParams }: PageProps<"/[locale]/solutions/[slug]">) {
  const { viewer, solution } = await loadSolutionPage((await params).slug);
  if (!solution) notFound();
  const t = await getTranslations("solutions");
  const published = solution.state === "published";
  const helpful = published ? await getSolutionHelpful(solution.id, viewer?.id) : null;
  const here = `/solutions/${solution.slug}`;
  const query = await searchParams;
  // Comments belong to published solutions; a draft's authors see none.
  const discussion = published ? await loadDiscussion({ solutionId: solution.id }, viewer, query.comments) : null;
  return (
    <article className="flex flex-col gap-32">
      {solution.state === "published" && solution.visibility === "public" ? <JsonLd data={solutionWork(solution, await getLocale())} /> : null}
      <SavedFlash searchParams={query} />
      {solution.hiddenAt ? <HiddenSolutionBanner note={solution.hiddenNote} /> : null}
      <header className="flex flex-col gap-12">
        <Link href="/solutions" className="kern-link kern-link--small">
          {t("title")}
        </Link>
        <h1 className="kern-heading-large"><Hyphenated text={solution.title} /></h1>
        <p className="kern-body kern-body--large">{solution.summary}</p>
        <SolutionBadges status={solution.status} maturity={solution.maturity} confirmedAt={solution.confirmedAt ?? solution.publishedAt} draft={solution.state !== "published"} />
        {solution.state !== "published" ? <p className="kern-body kern-body--small">{t("detail.draftNotice")}</p> : null}
        {helpful ? (
          <div className="flex flex-wrap items-start gap-16">
            <ClientMessages keys={["reactions"]}>
              <HelpfulButton subject={{ solutionId: solution.id }} count={helpful.count} pressed={helpful.pressed} returnTo={here} />
            </ClientMessages>
            <FollowControl target="solution" targetId={solution.id} name={solution.title} returnTo={here} />
          </div>
        ) : null}
        {published && !solution.hiddenAt && viewer?.status === "verified" ? (
          <ClientMessages keys={["moderation", "errors"]}>
            <ReportForm targetType="solution" targetId={solution.id} name={solution.title} returnTo={here} />
          </ClientMessages>
        ) : null}
      </header>
      <div className="grid gap-32 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-32">
          <SolutionFacts solution={solution} signedIn={Boolean(viewer)} />
          <SolutionBody solution={solution} viewer={viewer} />
          {published ? <ContactLeftNotice solutionId={solution.id} slug={solution.slug} viewerId={viewer?.id ?? null} /> : null}
          <SolutionLineage solution={solution} />
          <SolutionReuses solution={solution} viewer={viewer} />
          <SolutionMeetups solutionId={solution.id} />
          {discussion ? <QuestionsAnswers discussion={discussion} /> : null}
          {discussion ? (
            <CommentThread
              discussion={discussion}
              target={{ kind: "solution", id: solution.id, slug: solution.slug }}
              viewer={!viewer ? "anonymous" : !hasCompleteProfile(viewer) ? "incomplete" : viewer.status !== "verified" ? "pending" : "member"}
              open={published}
              canMarkAnswers={solution.canEdit}
            />
          ) : null}
        </div>
        <SolutionAuthoring solution={solution} viewer={viewer} />
      </div>
      <SolutionLifecycle solution={solution} />
    </article>
  );
}
