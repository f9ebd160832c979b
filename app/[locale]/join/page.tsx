import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApplicationForm } from "@/components/membership/application-form";
import { ApplicationStatusCard } from "@/components/membership/application-status";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireMember } from "@/lib/auth/session";
import { listOrganisations, listOwnApplications } from "@/lib/membership/application-queries";
import { JOIN_PATH } from "@/lib/membership/rules";
import { listStates } from "@/lib/municipalities/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("title") };
}

/**
 * Joining the closed circle: a pending member applies (municipality or organisation, role, why); a
 * verified member sees their membership and may apply for a change. One open application at a time.
 */
export default async function JoinPage() {
  const member = await requireMember(JOIN_PATH);
  const t = await getTranslations("join");
  const [applications, organisations, states] = await Promise.all([listOwnApplications(member.id), listOrganisations(), listStates()]);
  const open = applications.find((a) => a.status === "open");
  const latest = applications[0];
  const verified = member.status === "verified";
  const membership = member.municipalityName ?? member.organisationName;
  return (
    <div className="flex max-w-768 flex-col gap-32">
      <PageHeader title={t("title")} lead={verified ? t("leadVerified") : t("lead")} />
      {member.status === "suspended" ? (
        <Alert variant="warning" title={t("suspendedTitle")}>
          <p className="kern-body">{t("suspended")}</p>
        </Alert>
      ) : null}
      {verified ? (
        <Alert variant="success" title={t("verifiedTitle")}>
          <p className="kern-body">{membership ? t("verifiedAs", { body: membership }) : t("verified")}</p>
        </Alert>
      ) : null}
      {latest ? (
        <Section titleId="application-title" title={open ? t("status.openTitle") : t("status.lastTitle")}>
          {open ? <p className="kern-body">{t("status.openLead")}</p> : null}
          <ClientMessages keys={["join", "errors"]}>
            <ApplicationStatusCard application={open ?? latest} />
          </ClientMessages>
        </Section>
      ) : null}
      {!open && member.status !== "suspended" ? (
        <Section titleId="apply-title" title={verified ? t("form.titleChange") : t("form.title")}>
          <p className="kern-body">{verified ? t("form.leadChange") : t("form.lead")}</p>
          <ClientMessages keys={["join", "municipalities.picker", "errors"]}>
            <ApplicationForm
              organisations={organisations}
              states={states}
              initial={{ municipalityAgs: verified ? "" : (member.municipalityAgs ?? ""), municipalityName: verified ? "" : (member.municipalityName ?? ""), roleTitle: member.roleTitle ?? "" }}
            />
          </ClientMessages>
        </Section>
      ) : null}
    </div>
  );
}
