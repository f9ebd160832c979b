import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { JsonLd } from "@/components/seo/json-ld";
import { meetupEvent } from "@/lib/seo/structured-data";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SavedFlash } from "@/components/ui/saved-flash";
import { MeetupAgenda } from "@/components/meetups/meetup-agenda";
import { MeetupFacts } from "@/components/meetups/meetup-facts";
import { MeetupMaterials } from "@/components/meetups/meetup-materials";
import { MeetupParticipants } from "@/components/meetups/meetup-participants";
import { MeetupRegistration } from "@/components/meetups/meetup-registration";
import { Alert } from "@/components/ui/alert";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import { Hyphenated } from "@/components/ui/hyphenated";
import { loadMeetupPage } from "@/lib/meetups/loaders";
import { CommentThread } from "@/components/discussion/comment-thread";
import { loadDiscussion } from "@/lib/discussion/loaders";
import { hasCompleteProfile } from "@/lib/auth/session";
import { FollowControl } from "@/components/follows/follow-control";

export async function generateMetadata({ params }: PageProps<"/[locale]/meetups/[slug]">): Promise<Metadata> {
  const { slug, locale } = await params;
  const { meetup } = await loadMeetupPage(slug);
  if (!meetup) return {};
  if (meetup.state === "draft") return { title: meetup.title, robots: { index: false } };
  return publicPageMetadata({ locale, path: `/meetups/${meetup.slug}`, title: meetup.title });
}

export default async function MeetupPage({ params, searchParams }: PageProps<"/[locale]/meetups/[slug]">) {
  const { viewer, meetup } = await loadMeetupPage((await params).slug);
  if (!meetup) notFound();
  const t = await getTranslations("meetups");
  const query = await searchParams;
  // Drafts have no discussion; a cancelled meetup keeps its thread, read-only.
  const discussion = meetup.state === "draft" ? null : await loadDiscussion({ meetupId: meetup.id }, viewer, query.comments);
  return (
    <article className="flex flex-col gap-32">
      {meetup.state === "draft" ? null : <JsonLd data={meetupEvent(meetup, await getLocale())} />}
      <SavedFlash searchParams={query} />
      <header className="flex flex-col gap-12">
        <Link href="/meetups" className="kern-link kern-link--small">
          {t("title")}
        </Link>
        <h1 className="kern-heading-large"><Hyphenated text={meetup.title} /></h1>
        {meetup.state === "cancelled" ? (
          <Alert variant="danger" role="alert">
            <p className="kern-body kern-body--bold">{t("cancelledReason", { reason: meetup.cancelReason ?? "" })}</p>
          </Alert>
        ) : null}
        {meetup.state === "draft" ? (
          <span className="kern-badge kern-badge--warning self-start">
            <span className="kern-label kern-label--small">{t("draft")}</span>
          </span>
        ) : null}
        {meetup.state === "published" ? <FollowControl target="meetup" targetId={meetup.id} name={meetup.title} returnTo={`/meetups/${meetup.slug}`} /> : null}
        <div className="flex flex-wrap gap-16">
          <a href={`/meetups/${meetup.slug}/calendar.ics`} className="kern-link" download>
            {t("download")}
          </a>
          {meetup.canManage ? (
            <>
              <Link href={`/meetups/${meetup.slug}/edit`} className="kern-link">
                {t("detail.edit")}
              </Link>
              <Link href={`/meetups/${meetup.slug}/manage`} className="kern-link">
                {t("detail.manage")}
              </Link>
            </>
          ) : null}
        </div>
      </header>
      <div className="grid gap-32 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-32">
          <MeetupFacts meetup={meetup} />
          {meetup.description ? (
            <section aria-labelledby="description-title">
              <h2 id="description-title" className="kern-heading-medium mb-12">
                {t("detail.description")}
              </h2>
              <Markdown source={meetup.description} />
            </section>
          ) : null}
          <MeetupAgenda agenda={meetup.agenda} />
          <MeetupMaterials materials={meetup.materials} minutes={meetup.minutes} />
          {discussion ? (
            <CommentThread
              discussion={discussion}
              target={{ kind: "meetup", id: meetup.id, slug: meetup.slug }}
              viewer={!viewer ? "anonymous" : !hasCompleteProfile(viewer) ? "incomplete" : viewer.status !== "verified" ? "pending" : "member"}
              open={meetup.state === "published"}
              canMarkAnswers={false}
            />
          ) : null}
        </div>
        <div className="flex flex-col gap-24 self-start">
          {meetup.state === "cancelled" ? null : <MeetupRegistration meetup={meetup} viewer={viewer} />}
          <MeetupParticipants participants={meetup.participants} />
        </div>
      </div>
    </article>
  );
}
