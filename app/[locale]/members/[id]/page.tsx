import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FollowControl } from "@/components/follows/follow-control";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { getViewer, requireMember } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportForm } from "@/components/moderation/report-form";
import { getMemberProfile } from "@/lib/members/queries";
import { memberId } from "@/lib/validation";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.profile");
  return { title: t("title"), robots: { index: false } };
}

/** A member as other members see them (mentions link here); signed-out visitors go to sign-in. */
export default async function MemberPage({ params }: PageProps<"/[locale]/members/[id]">) {
  const { id } = await params;
  const viewer = await requireMember(`/members/${encodeURIComponent(id)}`);
  const parsed = memberId().safeParse(id);
  const member = parsed.success ? await getMemberProfile(parsed.data, await getViewer()) : null;
  if (!member) notFound();
  const t = await getTranslations("members.profile");
  return (
    <div className="flex flex-col gap-32">
      <div className="flex flex-col gap-12">
        <PageHeader title={member.name!} lead={t("membersOnly")} />
        {member.isDemo ? (
          <span className="kern-badge kern-badge--info kern-badge--small self-start">
            <span className="kern-label kern-label--small">{t("demo")}</span>
          </span>
        ) : null}
        <FollowControl target="member" targetId={member.id} name={member.name!} returnTo={`/members/${member.id}`} />
        {viewer.status === "verified" && viewer.id !== member.id ? (
          <ClientMessages keys={["moderation", "errors"]}>
            <ReportForm targetType="member" targetId={member.id} name={member.name!} returnTo={`/members/${member.id}`} />
          </ClientMessages>
        ) : null}
      </div>
      <FactList
        facts={[
          [t("roleTitle"), member.roleTitle ?? "–"],
          [
            t("municipality"),
            member.municipalityAgs ? (
              <Link href={`/municipalities/${member.municipalityAgs}`} className="kern-link">
                {member.municipalityName}
              </Link>
            ) : (
              "–"
            ),
          ],
        ]}
      />
      <Section titleId="member-solutions" title={t("solutions")} className="flex flex-col gap-8">
        {member.solutions.length === 0 ? (
          <p className="kern-body">{t("noSolutions")}</p>
        ) : (
          <ul className="kern-list">
            {member.solutions.map((solution) => (
              <li key={solution.slug}>
                <Link href={`/solutions/${solution.slug}`} className="kern-link">
                  {solution.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
