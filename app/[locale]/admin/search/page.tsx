import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RoleRequired } from "@/components/auth/role-required";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { listAdmins } from "@/lib/members/queries";
import { formatBerlinDateTime } from "@/lib/meetups/time";
import { listSearchMisses, MISS_DAYS_SHOWN } from "@/lib/search/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("searchMisses");
  return { title: t("title"), robots: { index: false } };
}

/** Searches that found nothing (counts only, no names), so admins can grow the synonym list. */
export default async function SearchMissesPage() {
  const viewer = await requireMember("/admin/search");
  const t = await getTranslations("searchMisses");
  if (viewer.role !== "admin") {
    const admins = await listAdmins();
    return <RoleRequired title={t("title")} reason={t("reason")} ask={t("ask")} contacts={admins} back={{ href: "/me", label: t("back") }} />;
  }
  const [rows, tl, locale] = await Promise.all([listSearchMisses(), getTranslations("layout"), getLocale()]);
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead", { days: MISS_DAYS_SHOWN })} />
      <p className="kern-body">{t("howTo")}</p>
      {rows.length === 0 ? (
        <p className="kern-body">{t("empty")}</p>
      ) : (
        <DataTable
          label={t("title")}
          scrollHint={tl("tableScrollHint")}
          striped
          rows={rows}
          rowKey={(r) => r.query}
          columns={[
            {
              header: t("query"),
              rowHeader: true,
              cell: (r) => (
                <Link href={{ pathname: "/search", query: { q: r.query } }} className="kern-link wrap-anywhere">
                  {r.query}
                </Link>
              ),
            },
            { header: t("count"), cell: (r) => r.count.toLocaleString(locale) },
            { header: t("days"), cell: (r) => r.days.toLocaleString(locale) },
            { header: t("lastSeen"), cell: (r) => <span className="whitespace-nowrap">{formatBerlinDateTime(r.lastSeenAt, locale, { dateStyle: "medium", timeStyle: "short" })}</span> },
          ]}
        />
      )}
    </div>
  );
}
