export interface DataTableColumn {
  readonly key: string;
  readonly label: string;
}

export interface DataTableRow {
  readonly key: string;
  readonly label: string;
  /** Already formatted, one per column; null shows `missingText`. */
  readonly cells: readonly (string | null)[];
}

export interface DataTableProps {
  readonly caption: string;
  readonly headerLabel: string;
  readonly columns: readonly DataTableColumn[];
  readonly rows: readonly DataTableRow[];
  readonly missingText: string;
}

/** A compact figures table: row headers on the left, numbers right-aligned. */
export function DataTable({ caption, headerLabel, columns, rows, missingText }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headerLabel}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key} className="data-table__num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]?.key ?? i} className={cell === null ? 'data-table__num data-table__missing' : 'data-table__num'}>
                  {cell ?? missingText}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
