import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeSection } from "@/components/me/me-section";
import { MyOrganisedMeetups, MyRegistrations } from "@/components/me/my-meetups";
import { MyReuses } from "@/components/me/my-reuses";
import { MyDraftList, MySolutionList } from "@/components/me/my-solutions";
import { MyTodo } from "@/components/me/my-todo";
import { MyFollows } from "@/components/me/my-follows";
import { listFollows } from "@/lib/follows/queries";
import { PendingHint } from "@/components/membership/pending-hint";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { getMyOverview } from "@/lib/me/queries";
import { canCreateMeetups } from "@/lib/meetups/permissions";
import { seesProfiles } from "@/lib/members/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("me");
  return { title: t("title"), robots: { index: false } };
}

export default async function MyPage() {
  const member = await requireMember("/me");
  const [overview, t, followed, tFollows, tn] = await Promise.all([
    getMyOverview(member),
    getTranslations("me"),
    listFollows(member.id),
    getTranslations("follows.mine"),
    getTranslations("notificationSettings"),
  ]);
  const name = member.name ?? member.email ?? "";
  return (
    <div className="flex max-w-960 flex-col gap-40">
      <div className="flex flex-col gap-8">
        <PageHeader title={t("title")} lead={t("lead")} />
        <p className="kern-body">
          {member.municipalityName ? t("profile", { name, municipality: member.municipalityName }) : t("profileNoMunicipality", { name })}{" "}
          <Link href="/onboarding" className="kern-link">
            {t("editProfile")}
          </Link>{" "}
          ·{" "}
          <Link href="/settings/profile" className="kern-link">
            {t("profileDetailsLink")}
          </Link>{" "}
          ·{" "}
          <Link href="/settings/notifications" className="kern-link">
            {tn("meLink")}
          </Link>{" "}
          ·{" "}
          <Link href="/settings/privacy" className="kern-link">
            {t("privacyLink")}
          </Link>
          {seesProfiles({ id: member.id, status: member.status, role: member.role }) ? (
            <>
              {" "}
              ·{" "}
              <Link href="/members" className="kern-link">
                {t("directoryLink")}
              </Link>
            </>
          ) : null}
          {member.status === "verified" ? (
            <>
              {" "}
              ·{" "}
              <Link href="/settings/handover" className="kern-link">
                {t("handoverLink")}
              </Link>
            </>
          ) : null}
        </p>
        {member.status === "pending" ? <PendingHint /> : null}
      </div>
      <MeSection id="todo" title={t("todo.title")}>
        <MyTodo solutions={overview.toConfirm} />
      </MeSection>
      <MeSection id="drafts" title={t("drafts.title")}>
        <MyDraftList drafts={overview.drafts} />
        <Link href="/solutions/new" className="kern-link">
          {t("newSolution")}
        </Link>
      </MeSection>
      <MeSection id="published" title={t("published.title")}>
        <MySolutionList solutions={overview.published} none={t("published.none")} />
      </MeSection>
      <MeSection id="coauthored" title={t("coauthored.title")}>
        <MySolutionList solutions={overview.coauthored} none={t("coauthored.none")} />
      </MeSection>
      <MeSection id="reuses" title={member.municipalityName ? t("reuses.title", { municipality: member.municipalityName }) : t("reuses.titleNoMunicipality")}>
        <MyReuses reuses={overview.reuses} hasMunicipality={Boolean(member.municipalityAgs)} />
      </MeSection>
      <MeSection id="registrations" title={t("registrations.title")}>
        <MyRegistrations registrations={overview.registrations} />
      </MeSection>
      <MeSection id="organised" title={t("organised.title")}>
        <MyOrganisedMeetups meetups={overview.organised} canCreate={canCreateMeetups(member.role)} />
      </MeSection>
      <MeSection id="follows" title={tFollows("title")}>
        <MyFollows items={followed} />
      </MeSection>
    </div>
  );
}
