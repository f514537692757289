import type { ExportCell, ExportTable } from '../export';

/** A column of a figures table: raw values are kept for sorting and export, formatted for display. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly kind: 'text' | 'number';
  /** Formats a number for display (locale, unit digits). */
  readonly format?: (value: number) => string | null;
  /** Shown instead of a blank cell; defaults to the table's missing text. */
  readonly missingText?: string;
}

export interface TableRow {
  readonly key: string;
  readonly cells: readonly ExportCell[];
  /** Link of the first cell (e.g. the report). */
  readonly href?: string;
  readonly highlight?: boolean;
  /** Extra class per cell index, e.g. a finding. */
  readonly cellClass?: Readonly<Record<number, string>>;
}

export interface TableModel {
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly notes?: readonly (readonly [string, string])[];
}

export function toExportTable(model: TableModel): ExportTable {
  return {
    title: model.title,
    columns: model.columns.map((c) => ({ label: c.label, kind: c.kind })),
    rows: model.rows.map((r) => r.cells),
    notes: model.notes,
  };
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  readonly column: number;
  readonly direction: SortDirection;
}

/**
 * Rows sorted by one column: numbers numerically, text by the locale's collation; blank cells
 * always last, whatever the direction; ties keep their order.
 */
export function sortRows(rows: readonly TableRow[], sort: SortState | null, locale: string): TableRow[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true });
  const factor = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row.cells[sort.column] ?? null;
      const y = b.row.cells[sort.column] ?? null;
      if (x === null && y === null) return a.index - b.index;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order === 0 ? a.index - b.index : order * factor;
    })
    .map((entry) => entry.row);
}
