import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { RoleRequired } from "@/components/auth/role-required";
import { SuspensionForm } from "@/components/moderation/suspension-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DataTable } from "@/components/ui/data-table";
import { Field } from "@/components/ui/field";
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
  if (viewer.role !== "admin") {
    const [tr, admins] = await Promise.all([getTranslations("roles.admin"), listAdmins()]);
    return <RoleRequired title={t("title")} reason={tr("reason")} ask={tr("ask")} contacts={admins} back={{ href: "/me", label: tr("back") }} />;
  }
  const { search } = parseSearchParams(memberSearchInput, await searchParams);
  const [result, tl, tm, th] = await Promise.all([
    listMembersForAdmin(search),
    getTranslations("layout"),
    getTranslations("moderation.suspension"),
    getTranslations("handover"),
  ]);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form role="search" method="get" className="flex flex-wrap items-end gap-16">
        <Field name="q" type="search" label={t("search")} defaultValue={search.q ?? ""} />
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
            { header: t("role"), cell: (m) => <RoleForm memberId={m.id} memberName={m.name ?? m.email ?? ""} role={m.role} /> },
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
                    <SuspensionForm memberId={m.id} memberName={m.name ?? m.email ?? ""} suspended={m.status === "suspended"} />
                  </div>
                ),
            },
            {
              header: th("adminColumn"),
              cell: (m) =>
                m.municipalityName ? (
                  <Link href={{ pathname: HANDOVER_PATH, query: { from: m.id } }} className="kern-link" aria-label={th("adminLinkLabel", { name: m.name ?? m.email ?? "" })}>
                    {th("adminLink")}
                  </Link>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      </ClientMessages>
      <Pagination pathname="/admin/members" query={{ q: search.q }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
