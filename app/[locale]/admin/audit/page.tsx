import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { RoleRequired } from "@/components/auth/role-required";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAuditPage } from "@/lib/audit/queries";
import { auditFilterInput } from "@/lib/audit/schema";
import { requireMember } from "@/lib/auth/session";
import { listAdmins } from "@/lib/members/queries";
import { parseSearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title"), robots: { index: false } };
}

const FILTER_KEYS = ["action", "actor", "subject", "from", "to"] as const;

export default async function AuditPage({ searchParams }: PageProps<"/[locale]/admin/audit">) {
  const viewer = await requireMember("/admin/audit");
  const t = await getTranslations("audit");
  if (viewer.role !== "admin") {
    const admins = await listAdmins();
    return <RoleRequired title={t("title")} reason={t("reason")} ask={t("ask")} contacts={admins} back={{ href: "/me", label: t("back") }} />;
  }
  const { search, raw, errors } = parseSearchParams(auditFilterInput, await searchParams);
  const result = await listAuditPage(search);
  // The filters that were accepted, for the CSV link and the page links.
  const query = Object.fromEntries(FILTER_KEYS.map((key) => [key, search[key] || undefined]));
  const csvQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditFilters raw={raw} errors={errors} csvHref={`/admin/audit.csv${csvQuery ? `?${csvQuery}` : ""}`} />
      <p className="kern-body" role="status">
        {t("count", { count: result.total })}
      </p>
      <AuditTable rows={result.items} />
      <Pagination pathname="/admin/audit" query={query} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
