import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DomainForm } from "@/components/admin/domain-form";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DataTable } from "@/components/ui/data-table";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireMember } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/membership/application-queries";
import { removeDomainAction } from "@/lib/membership/domain-actions";
import { listDomains } from "@/lib/membership/domain-queries";
import { DOMAINS_PATH, isMembershipModerator } from "@/lib/membership/rules";
import { listAdmins } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("joinAdmin.domains");
  return { title: t("title") };
}

/** The allowlist: an address at one of these domains is a verified member at its first sign-in. */
export default async function AdminDomainsPage() {
  const viewer = await requireMember(DOMAINS_PATH);
  const t = await getTranslations("joinAdmin.domains");
  if (!isMembershipModerator(viewer.role)) {
    const [tr, admins] = await Promise.all([getTranslations("joinAdmin.roleRequired"), listAdmins()]);
    return <RoleRequired title={t("title")} reason={tr("reason")} ask={tr("ask")} contacts={admins} back={{ href: "/me", label: tr("back") }} />;
  }
  const [domains, organisations, tl] = await Promise.all([listDomains(), listOrganisations(), getTranslations("layout")]);
  return (
    <div className="flex max-w-960 flex-col gap-32">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ClientMessages keys={["joinAdmin", "join", "municipalities.picker", "errors"]}>
        <Section titleId="domains-list-title" title={t("listTitle")}>
          {domains.length === 0 ? (
            <p className="kern-body">{t("none")}</p>
          ) : (
            <DataTable
              label={t("listTitle")}
              scrollHint={tl("tableScrollHint")}
              striped
              rows={domains}
              rowKey={(d) => d.domain}
              columns={[
                { header: t("domain"), rowHeader: true, cell: (d) => d.domain },
                { header: t("body"), cell: (d) => d.municipalityName ?? d.organisationName ?? "–" },
                {
                  header: t("actions"),
                  cell: (d) => (
                    <InlineActionForm
                      action={removeDomainAction}
                      fields={{ domain: d.domain }}
                      label={t("remove")}
                      srLabel={d.domain}
                      confirm={{ question: t("removeQuestion", { domain: d.domain }), confirmLabel: t("removeConfirm"), cancelLabel: t("removeCancel") }}
                    />
                  ),
                },
              ]}
            />
          )}
        </Section>
        <Section titleId="domains-add-title" title={t("addTitle")}>
          <DomainForm organisations={organisations} />
        </Section>
      </ClientMessages>
    </div>
  );
}
