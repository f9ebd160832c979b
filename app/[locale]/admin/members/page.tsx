import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { RoleRequired } from "@/components/auth/role-required";
import { SuspensionForm } from "@/components/moderation/suspension-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
import { QueryErrors } from "@/components/ui/query-errors";
import { SavedFlash } from "@/components/ui/saved-flash";
import { SelectField } from "@/components/ui/select-field";
import { memberRoles } from "@/db/schema/member-enums";
import { memberStatuses } from "@/db/schema/membership-enums";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/session";
import { listAdmins, listMembersForAdmin } from "@/lib/members/queries";
import { memberSearchInput } from "@/lib/members/schema";
import { parseSearchParams } from "@/lib/search-params";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { HANDOVER_PATH } from "@/lib/handover/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminMembersPage({ searchParams }: PageProps<"/[locale]/admin/members">) {
  const viewer = await requireMember("/admin/members");
  const t = await getTranslations("admin");
  const isAdmin = viewer.role === "admin";
  if (!isAdmin && viewer.role !== "moderator") {
    const [tr, admins] = await Promise.all([getTranslations("roles.admin"), listAdmins()]);
    return <RoleRequired title={t("title")} reason={tr("reason")} ask={tr("ask")} contacts={admins} back={{ href: "/me", label: tr("back") }} />;
  }
  const params = await searchParams;
  const { search, raw, errors } = parseSearchParams(memberSearchInput, params);
  // This list as it is shown (filters and page), for the suspension forms to come back to.
  const listQuery = new URLSearchParams(Object.entries(raw).filter(([key, value]) => key in memberSearchInput.shape && value !== ""));
  const listPath = `/admin/members${listQuery.size ? `?${listQuery}` : ""}`;
  const [result, tl, tm, th] = await Promise.all([
    listMembersForAdmin(search),
    getTranslations("layout"),
    getTranslations("moderation.suspension"),
    getTranslations("handover"),
  ]);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={isAdmin ? t("lead") : t("moderatorLead")} />
      <SavedFlash searchParams={params} />
      <QueryErrors errors={errors} />
      <form role="search" method="get" className="flex flex-wrap items-end gap-16">
        <Field name="q" type="search" label={t("search")} defaultValue={search.q ?? ""} />
        <SelectField name="role" label={t("role")} defaultValue={search.role ?? ""}>
          <option value="">{t("allRoles")}</option>
          {memberRoles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="status" label={t("status")} defaultValue={search.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {memberStatuses.map((st) => (
            <option key={st} value={st}>
              {t(`statuses.${st}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton label={t("searchSubmit")} />
      </form>
      <ClientMessages keys={["admin", "errors", "moderation"]}>
        <DataTable
          label={t("title")}
          scrollHint={tl("tableScrollHint")}
          striped
          rows={result.items}
          rowKey={(m) => m.id}
          columns={[
            { header: t("name"), rowHeader: true, cell: (m) => m.name ?? "–" },
            { header: t("email"), cell: (m) => m.email },
            { header: t("municipality"), cell: (m) => m.municipalityName ?? "–" },
            // Roles are the admins' to give; a moderator reads them.
            { header: t("role"), cell: (m) => (isAdmin ? <RoleForm memberId={m.id} memberName={m.name ?? m.email ?? ""} role={m.role} /> : t(`roles.${m.role}`)) },
            { header: t("status"), cell: (m) => t(`statuses.${m.status}`) },
            {
              header: tm("column"),
              cell: (m) =>
                m.id === viewer.id ? (
                  "–"
                ) : (
                  <div className="flex flex-col gap-8">
                    {m.status === "suspended" ? (
                      <span className="kern-badge kern-badge--danger self-start">
                        <span className="kern-label kern-label--small">{tm("badge")}</span>
                      </span>
                    ) : null}
                    <SuspensionForm memberId={m.id} memberName={m.name ?? m.email ?? ""} suspended={m.status === "suspended"} returnTo={listPath} />
                  </div>
                ),
            },
            // Handing over is the admins' (and the leaver's own) step.
            ...(isAdmin
              ? [
                  {
                    header: th("adminColumn"),
                    cell: (m: (typeof result.items)[number]) =>
                      m.municipalityName ? (
                        <Link href={{ pathname: HANDOVER_PATH, query: { from: m.id } }} className="kern-link" aria-label={th("adminLinkLabel", { name: m.name ?? m.email ?? "" })}>
                          {th("adminLink")}
                        </Link>
                      ) : (
                        "–"
                      ),
                  },
                ]
              : []),
          ]}
        />
      </ClientMessages>
      <Pagination pathname="/admin/members" query={{ q: search.q, role: search.role, status: search.status }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
