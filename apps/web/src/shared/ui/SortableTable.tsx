import { useMemo, useState, type CSSProperties } from 'react';
import { localeOf, useLanguage, useT } from '../i18n';
import { Link } from '../router';
import { sortRows, type SortState, type TableModel } from './table-model';

export interface SortableTableProps {
  readonly model: TableModel;
  /** Controlled sort (e.g. kept in the URL); uncontrolled when absent. */
  readonly sort?: SortState | null;
  readonly onSortChange?: (sort: SortState | null) => void;
  /** Rows above this count are windowed: only the visible ones are in the DOM. */
  readonly virtualizeAbove?: number;
  readonly maxHeight?: number;
  readonly caption?: string;
  readonly testId?: string;
}

const ROW_HEIGHT = 33;
const OVERSCAN = 12;

/** A figures table: sortable by any column (click or Enter on the header), long tables windowed. */
export function SortableTable({
  model,
  sort: controlledSort,
  onSortChange,
  virtualizeAbove = 200,
  maxHeight = 520,
  caption,
  testId,
}: SortableTableProps) {
  const t = useT();
  const { lang } = useLanguage();
  const [localSort, setLocalSort] = useState<SortState | null>(null);
  const sort = controlledSort === undefined ? localSort : controlledSort;
  const setSort = (next: SortState | null) => (onSortChange ? onSortChange(next) : setLocalSort(next));
  const rows = useMemo(() => sortRows(model.rows, sort, localeOf(lang)), [model.rows, sort, lang]);

  const virtual = rows.length > virtualizeAbove;
  const [scrollTop, setScrollTop] = useState(0);
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const count = virtual ? Math.ceil(maxHeight / ROW_HEIGHT) + OVERSCAN * 2 : rows.length;
  const visible = rows.slice(first, first + count);
  const before = first * ROW_HEIGHT;
  const after = Math.max(0, (rows.length - first - visible.length) * ROW_HEIGHT);

  const toggle = (column: number) => {
    const numeric = model.columns[column]?.kind === 'number';
    if (!sort || sort.column !== column) setSort({ column, direction: numeric ? 'desc' : 'asc' });
    else setSort({ column, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
  };

  const wrapStyle: CSSProperties | undefined = virtual ? { maxHeight, overflowY: 'auto' } : undefined;
  return (
    <div
      className={virtual ? 'table-wrap table-wrap--scroll' : 'table-wrap'}
      style={wrapStyle}
      onScroll={virtual ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
      tabIndex={virtual ? 0 : undefined}
      aria-label={virtual ? (caption ?? model.title) : undefined}
      role={virtual ? 'region' : undefined}
      data-testid={testId}
    >
      <table className="data-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption className="visually-hidden">{caption ?? model.title}</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {model.columns.map((column, i) => {
              const active = sort?.column === i;
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={column.kind === 'number' ? 'data-table__num' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(i)} title={t('table.sortBy', { column: column.label })}>
                    {column.label}
                    <span className="sort-button__icon" aria-hidden="true">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" style={{ height: before }}>
              <td colSpan={model.columns.length} />
            </tr>
          )}
          {visible.map((row, v) => (
            <tr key={row.key} className={row.highlight ? 'data-table__row--highlight' : undefined} aria-rowindex={virtual ? first + v + 2 : undefined} style={virtual ? { height: ROW_HEIGHT } : undefined}>
              {row.cells.map((cell, i) => {
                const column = model.columns[i];
                const numeric = column?.kind === 'number';
                const text =
                  cell === null || cell === undefined
                    ? null
                    : typeof cell === 'number'
                      ? (column?.format?.(cell) ?? String(cell))
                      : cell;
                const classes = [numeric ? 'data-table__num' : '', text === null ? 'data-table__missing' : '', row.cellClass?.[i] ?? '']
                  .filter(Boolean)
                  .join(' ');
                const content = text ?? column?.missingText ?? t('table.missing');
                if (i === 0) {
                  return (
                    <th key={column?.key ?? i} scope="row" className={classes || undefined}>
                      {row.href ? <Link href={row.href}>{content}</Link> : content}
                    </th>
                  );
                }
                return (
                  <td key={column?.key ?? i} className={classes || undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
          {after > 0 && (
            <tr aria-hidden="true" style={{ height: after }}>
              <td colSpan={model.columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
