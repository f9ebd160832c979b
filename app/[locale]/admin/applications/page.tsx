import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicationDecisionForm } from "@/components/admin/application-decision-form";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FactList } from "@/components/ui/fact-list";
import { FlashMessage } from "@/components/ui/flash-message";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { listDistrictsOfState, listOpenApplications } from "@/lib/membership/application-queries";
import { APPLICATIONS_PATH, isMembershipModerator } from "@/lib/membership/rules";
import { listAdmins } from "@/lib/members/queries";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("joinAdmin.applications");
  return { title: t("title") };
}

/** Moderators and admins decide the open applications, oldest first. */
// What the decision that redirected here did (only these two words are shown).
const DONE = ["approved", "rejected"] as const;

export default async function AdminApplicationsPage({ searchParams }: PageProps<"/[locale]/admin/applications">) {
  const viewer = await requireMember(APPLICATIONS_PATH);
  const [t, tj] = await Promise.all([getTranslations("joinAdmin.applications"), getTranslations("joinAdmin")]);
  if (!isMembershipModerator(viewer.role)) {
    const [tr, admins] = await Promise.all([getTranslations("joinAdmin.roleRequired"), listAdmins()]);
    return <RoleRequired title={t("title")} reason={tr("reason")} ask={tr("ask")} contacts={admins} back={{ href: "/me", label: tr("back") }} />;
  }
  const [applications, format] = await Promise.all([listOpenApplications(), getFormatter()]);
  const { done: doneParam } = firstValues(await searchParams);
  const done = DONE.find((word) => word === doneParam);
  const stateCodes = [...new Set(applications.map((a) => a.newOrganisationStateCode).filter((c): c is string => Boolean(c)))];
  const districtsByState = new Map(await Promise.all(stateCodes.map(async (code) => [code, await listDistrictsOfState(code)] as const)));
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      {done ? <FlashMessage>{tj(done)}</FlashMessage> : null}
      {applications.length === 0 ? <p className="kern-body">{t("none")}</p> : null}
      <ClientMessages keys={["joinAdmin", "join", "errors"]}>
        <ol className="flex flex-col gap-32" aria-label={t("listLabel")}>
          {applications.map((a) => {
            const name = a.applicantName ?? a.applicantEmail ?? "–";
            const body = a.municipalityName
              ? t("bodyMunicipality", { name: a.municipalityName })
              : a.organisationName
                ? t("bodyOrganisation", { name: a.organisationName })
                : t("bodyNewOrganisation", { name: a.newOrganisationName ?? "", state: a.newOrganisationStateName ?? "" });
            return (
              <li key={a.id} className="flex flex-col gap-16 border-b border-solid pb-24">
                <h2 id={`applicant-${a.id}`} className="kern-heading-small">
                  {name}
                </h2>
                <FactList
                  facts={[
                    [t("email"), a.applicantEmail ?? "–"],
                    [t("memberStatus"), t(`memberStatuses.${a.applicantStatus}`)],
                    [t("body"), body],
                    [t("roleTitle"), a.roleTitle],
                    [t("why"), <span key="why" className="whitespace-pre-line">{a.reason}</span>],
                    [t("submittedAt"), format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })],
                  ]}
                />
                <ApplicationDecisionForm
                  applicationId={a.id}
                  applicantName={name}
                  newOrganisation={a.newOrganisationName ? { districts: districtsByState.get(a.newOrganisationStateCode ?? "") ?? [] } : undefined}
                />
              </li>
            );
          })}
        </ol>
      </ClientMessages>
    </div>
  );
}
