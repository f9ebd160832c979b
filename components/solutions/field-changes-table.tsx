import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
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
  return (
    <TableScroll label={label ?? caption ?? headings.join(", ")} hint={t("scrollHint")}>
      <table className="kern-table kern-table--small">
        {caption ? <caption className="kern-body kern-body--small text-left">{caption}</caption> : null}
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            {headings.map((heading) => (
              <th key={heading} scope="col" className="kern-table__header">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {changes.map((change) => (
            <tr key={change.field} className="kern-table__row">
              <th scope="row" className="kern-table__cell">{fieldLabel(change.field)}</th>
              <td className="kern-table__cell prewrap">{marked ? <del>{change.before}</del> : change.before}</td>
              <td className="kern-table__cell prewrap">{marked ? <ins>{change.after}</ins> : change.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
