import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export type DataColumn<T> = {
  /** Also the React key of the column, so it must be unique within the table. */
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures (KERN's numeric cells). */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`); usually the first column. */
  rowHeader?: boolean;
  /** Extra classes of the cells (not the header), e.g. `prewrap` for multi-line text. */
  className?: string;
};

type Props<T> = {
  columns: readonly (DataColumn<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Names the scroll region for screen readers. */
  label: string;
  /** Visible on narrow screens: the table scrolls sideways. */
  scrollHint: string;
  caption?: ReactNode;
  captionClassName?: string;
  small?: boolean;
  striped?: boolean;
};

/**
 * Every table of the app (KERN table markup): column headers with `scope`, a row header where a
 * column names the row, and the keyboard-focusable sideways scroll region of TableScroll. A column
 * that is `false` is left out (a waitlist position only where there is a waitlist).
 */
export function DataTable<T>({ columns, rows, rowKey, label, scrollHint, caption, captionClassName, small, striped }: Props<T>) {
  const shown = columns.filter((c): c is DataColumn<T> => Boolean(c));
  const tableClass = ["kern-table", small ? "kern-table--small" : "", striped ? "kern-table--striped" : ""].filter(Boolean).join(" ");
  return (
    <TableScroll label={label} hint={scrollHint}>
      <table className={tableClass}>
        {caption ? <caption className={captionClassName ?? "kern-heading-small text-left"}>{caption}</caption> : null}
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            {shown.map((column) => (
              <th key={column.header} scope="col" className={`kern-table__header${column.numeric ? " kern-table__header--numeric" : ""}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="kern-table__row">
              {shown.map((column) => {
                const className = ["kern-table__cell", column.numeric ? "kern-table__cell--numeric" : "", column.className ?? ""].filter(Boolean).join(" ");
                return column.rowHeader ? (
                  <th key={column.header} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
