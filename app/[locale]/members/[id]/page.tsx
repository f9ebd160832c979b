import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FollowControl } from "@/components/follows/follow-control";
import { ProfilesRefused } from "@/components/members/profiles-refused";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { getViewer, requireMember } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportForm } from "@/components/moderation/report-form";
import { getMemberProfile } from "@/lib/members/queries";
import { PROFILE_SETTINGS_PATH, seesProfiles } from "@/lib/members/rules";
import { memberId } from "@/lib/validation";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.profile");
  return { title: t("title"), robots: { index: false } };
}

/**
 * A member as other verified members see them (mentions link here): signed-out visitors go to
 * sign-in, pending members are told how to become verified.
 */
export default async function MemberPage({ params }: PageProps<"/[locale]/members/[id]">) {
  const { id } = await params;
  const member = await requireMember(`/members/${encodeURIComponent(id)}`);
  const viewer = await getViewer();
  const t = await getTranslations("members.profile");
  if (!seesProfiles(viewer)) return <ProfilesRefused title={t("title")} />;
  const parsed = memberId().safeParse(id);
  const profile = parsed.success ? await getMemberProfile(parsed.data, viewer) : null;
  if (!profile) notFound();
  const format = await getFormatter();
  const own = member.id === profile.id;
  const body: Fact = profile.organisationName
    ? [t("organisation"), profile.organisationName]
    : [
        t("municipality"),
        profile.municipalityAgs ? (
          <Link href={`/municipalities/${profile.municipalityAgs}`} className="kern-link">
            {profile.municipalityName}
          </Link>
        ) : (
          "–"
        ),
      ];
  const facts: Fact[] = [[t("roleTitle"), profile.roleTitle ?? "–"], body];
  if (profile.email) {
    facts.push([
      t("email"),
      <a key="email" href={`mailto:${profile.email}`} className="kern-link">
        {profile.email}
      </a>,
    ]);
  }
  if (profile.phone) {
    facts.push([
      t("phone"),
      <a key="phone" href={`tel:${profile.phone.replace(/[^+\d]/g, "")}`} className="kern-link">
        {profile.phone}
      </a>,
    ]);
  }
  const knows = profile.software.length + profile.services.length + profile.themenfelder.length;
  return (
    <div className="flex flex-col gap-32">
      <div className="flex flex-col gap-12">
        <PageHeader title={profile.name!} lead={t("membersOnly")} />
        {profile.isDemo ? (
          <span className="kern-badge kern-badge--info kern-badge--small self-start">
            <span className="kern-label kern-label--small">{t("demo")}</span>
          </span>
        ) : null}
        {own ? (
          <p className="kern-body">
            <Link href={PROFILE_SETTINGS_PATH} className="kern-link">
              {t("edit")}
            </Link>
          </p>
        ) : (
          <FollowControl target="member" targetId={profile.id} name={profile.name!} returnTo={`/members/${profile.id}`} />
        )}
        {viewer?.status === "verified" && !own ? (
          <ClientMessages keys={["moderation", "errors"]}>
            <ReportForm targetType="member" targetId={profile.id} name={profile.name!} returnTo={`/members/${profile.id}`} />
          </ClientMessages>
        ) : null}
      </div>
      <FactList facts={facts} />
      {own && (!profile.email || !profile.phone) ? <p className="kern-body kern-body--muted">{t("contactHiddenOwn")}</p> : null}
      {profile.bio ? (
        <Section titleId="member-bio" title={t("bio")} className="flex flex-col gap-8">
          <p className="kern-body whitespace-pre-line">{profile.bio}</p>
        </Section>
      ) : null}
      <Section titleId="member-expertise" title={t("expertise")} className="flex flex-col gap-8">
        {knows === 0 ? (
          <p className="kern-body">{t("noExpertise")}</p>
        ) : (
          <FactList
            facts={[
              ...(profile.software.length > 0 ? [[t("software"), profile.software.join(", ")] as Fact] : []),
              ...(profile.services.length > 0
                ? [
                    [
                      t("services"),
                      <span key="services">
                        {profile.services.map((s, i) => (
                          <span key={s.id}>
                            {i > 0 ? ", " : null}
                            <Link href={`/services/${s.id}`} className="kern-link">
                              {s.name}
                            </Link>
                          </span>
                        ))}
                      </span>,
                    ] as Fact,
                  ]
                : []),
              ...(profile.themenfelder.length > 0 ? [[t("themenfelder"), profile.themenfelder.map((tf) => tf.name).join(", ")] as Fact] : []),
            ]}
          />
        )}
      </Section>
      <Section titleId="member-solutions" title={t("solutions")} className="flex flex-col gap-8">
        {profile.solutions.length === 0 ? (
          <p className="kern-body">{t("noSolutions")}</p>
        ) : (
          <ul className="kern-list">
            {profile.solutions.map((solution) => (
              <li key={solution.slug}>
                <Link href={`/solutions/${solution.slug}`} className="kern-link">
                  {solution.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section titleId="member-answers" title={t("answers")} className="flex flex-col gap-8">
        {profile.answers.length === 0 ? (
          <p className="kern-body">{t("noAnswers")}</p>
        ) : (
          <ul className="kern-list">
            {profile.answers.map((answer) => (
              <li key={answer.commentId}>
                <Link href={`/solutions/${answer.slug}#comment-${answer.commentId}`} className="kern-link">
                  {t("answerTo", { title: answer.title })}
                </Link>
                {answer.answeredAt ? ` (${format.dateTime(answer.answeredAt, { dateStyle: "medium", timeZone: "Europe/Berlin" })})` : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section titleId="member-talks" title={t("talks")} className="flex flex-col gap-8">
        {profile.talks.length === 0 ? (
          <p className="kern-body">{t("noTalks")}</p>
        ) : (
          <ul className="kern-list">
            {profile.talks.map((talk) => (
              <li key={talk.itemId}>
                <Link href={`/meetups/${talk.slug}`} className="kern-link">
                  {talk.itemTitle}
                </Link>{" "}
                – {talk.meetupTitle}, {format.dateTime(talk.startsAt, { dateStyle: "medium", timeZone: "Europe/Berlin" })}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
