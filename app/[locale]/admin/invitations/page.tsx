import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InvitationList } from "@/components/invitations/invitation-list";
import { InviteForm } from "@/components/invitations/invite-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Section } from "@/components/ui/section";
import { memberRoles } from "@/db/schema/member-enums";
import { requireMember } from "@/lib/auth/session";
import { listInvitations } from "@/lib/invitations/queries";
import { listOrganisations } from "@/lib/membership/application-queries";
import { isInviter } from "@/lib/invitations/permissions";
import { INVITATIONS_PATH, mayInviteAs } from "@/lib/invitations/rules";
import { invitationListInput } from "@/lib/invitations/schema";
import { listAdmins } from "@/lib/members/queries";
import { parseSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title"), robots: { index: false } };
}

export default async function InvitationsPage({ searchParams }: PageProps<"/[locale]/admin/invitations">) {
  const viewer = await requireMember(INVITATIONS_PATH);
  const t = await getTranslations("invitations");
  if (!isInviter(viewer)) {
    const admins = await listAdmins();
    return <RoleRequired title={t("title")} reason={t("reason")} ask={t("ask")} contacts={admins} back={{ href: "/me", label: t("back") }} />;
  }
  const { search, errors } = parseSearchParams(invitationListInput, await searchParams);
  const [list, organisations] = await Promise.all([listInvitations({ viewerId: viewer.id, viewerRole: viewer.role, page: search.page }), listOrganisations()]);
  const roles = memberRoles.filter((role) => mayInviteAs(viewer.role, role));
  return (
    <div className="flex flex-col gap-32">
      <PageHeader title={t("title")} lead={t("lead")} />
      <QueryErrors errors={errors} />
      <Section titleId="invite-title" title={t("form.title")} className="flex max-w-768 flex-col gap-16">
        <ClientMessages keys={["invitations.form", "invitations.roles", "invitations.errors", "municipalities.picker", "errors"]}>
          <InviteForm organisations={organisations} roles={roles} />
        </ClientMessages>
      </Section>
      <Section titleId="invitations-title" title={t("list.title")}>
        <InvitationList rows={list.items} />
        <Pagination pathname={INVITATIONS_PATH} query={{}} page={list.page} pageSize={list.pageSize} total={list.total} />
      </Section>
    </div>
  );
}
