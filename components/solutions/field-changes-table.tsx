import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { changedFields } from "@/lib/solutions/form-values";

type Change = ReturnType<typeof changedFields>[number];

type Props = {
  changes: Change[];
  /** The translated name of a field. */
  fieldLabel: (field: Change["field"]) => string;
  /** Column headings: field, the earlier or other version, the later or own one. */
  headings: [string, string, string];
  caption?: string;
  /** Names the scroll region; defaults to the caption. */
  label?: string;
  /** Marks the two versions as removed and inserted text (a revision's diff). */
  marked?: boolean;
};

/** Field by field, two versions of a solution side by side: a revision's changes or an edit conflict. */
export function FieldChangesTable({ changes, fieldLabel, headings, caption, label, marked = false }: Props) {
  const t = useTranslations("solutions.history");
  const [field, before, after] = headings;
  return (
    <DataTable
      label={label ?? caption ?? headings.join(", ")}
      scrollHint={t("scrollHint")}
      small
      caption={caption}
      captionClassName="kern-body kern-body--small text-left"
      rows={changes}
      rowKey={(change) => change.field}
      columns={[
        { header: field, rowHeader: true, cell: (change) => fieldLabel(change.field) },
        { header: before, className: "prewrap", cell: (change) => (marked ? <del>{change.before}</del> : change.before) },
        { header: after, className: "prewrap", cell: (change) => (marked ? <ins>{change.after}</ins> : change.after) },
      ]}
    />
  );
}
