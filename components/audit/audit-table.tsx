import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { compactValues } from "@/lib/audit/csv";
import type { AuditRow } from "@/lib/audit/queries";
import { formatBerlinDateTime } from "@/lib/meetups/time";

/** The audit entries: when (Berlin time), who, what, on what, before → after, note. */
export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [t, tl, locale] = await Promise.all([getTranslations("audit"), getTranslations("layout"), getLocale()]);
  if (rows.length === 0) return <p className="kern-body">{t("empty")}</p>;
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const targetLabel = (type: string) => (t.has(`targets.${type}`) ? t(`targets.${type}`) : type);
  const who = (r: AuditRow) => r.actorName ?? (r.actorId ? r.actorId : t("table.deleted"));
  return (
    <DataTable
      label={t("table.label")}
      scrollHint={tl("tableScrollHint")}
      striped
      small
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header: t("table.when"), rowHeader: true, cell: (r) => <span className="whitespace-nowrap">{formatBerlinDateTime(r.createdAt, locale, { dateStyle: "medium", timeStyle: "medium" })}</span> },
        { header: t("table.who"), cell: who },
        { header: t("table.what"), cell: (r) => label(r.action) },
        {
          header: t("table.target"),
          cell: (r) => (
            <span className="flex min-w-[12rem] flex-col">
              <span>
                {targetLabel(r.targetType)} <code className="wrap-anywhere">{r.targetId}</code>
              </span>
              {r.subjectMemberId ? <span>{t("table.subject", { name: r.subjectName ?? r.subjectMemberId })}</span> : null}
            </span>
          ),
        },
        {
          header: t("table.change"),
          cell: (r) => (
            <code className="block min-w-[16rem] wrap-anywhere">
              {compactValues(r.before) || "–"} → {compactValues(r.after) || "–"}
            </code>
          ),
        },
        { header: t("table.note"), cell: (r) => r.note ?? "" },
      ]}
    />
  );
}
