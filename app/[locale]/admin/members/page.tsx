import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/session";
import { listAdmins, listMembersForAdmin } from "@/lib/members/queries";
import { memberSearchInput } from "@/lib/members/schema";
import { parseSearchParams } from "@/lib/search-params";

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
  const result = await listMembersForAdmin(search);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form role="search" method="get" className="flex flex-wrap items-end gap-16">
        <Field name="q" type="search" label={t("search")} defaultValue={search.q ?? ""} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("searchSubmit")}</span>
        </button>
      </form>
      <ClientMessages keys={["admin", "errors"]}>
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("name")}</th>
                <th scope="col" className="kern-table__header">{t("email")}</th>
                <th scope="col" className="kern-table__header">{t("municipality")}</th>
                <th scope="col" className="kern-table__header">{t("role")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {result.items.map((m) => (
                <tr key={m.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{m.name ?? "–"}</th>
                  <td className="kern-table__cell">{m.email}</td>
                  <td className="kern-table__cell">{m.municipalityName ?? "–"}</td>
                  <td className="kern-table__cell">
                    <RoleForm memberId={m.id} memberName={m.name ?? m.email ?? ""} role={m.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ClientMessages>
      <Pagination pathname="/admin/members" query={{ q: search.q }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
