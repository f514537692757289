import { useCallback, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import { useFormat } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { CellTooltip, TOOLTIP_ID, type TipState } from './CellTooltip';
import {
  LEGAL_PERSON_COLUMNS,
  columnSections,
  findingsByCell,
  horizontalGroups,
  label,
  requestsLayout,
  worstSeverity,
  type Finding,
  type ReportColumn,
  type ReportRow,
  type ReportTable,
} from './report-layout';

export interface ReportTablesProps {
  readonly tables: readonly ReportTable[];
  readonly findings: readonly Finding[];
  readonly selectedFinding: number | null;
  readonly ruleLabel: (f: Finding) => string;
  /** The original's media type: a Word file's cells are located in its tables or its text, not a web page's. */
  readonly mediaType: string;
}

/**
 * The extracted tables laid out like the template (表二 sections, 表三 with the applicant columns,
 * 表四 horizontally), each cell focusable with its provenance on hover or focus, findings marked
 * on their exact cells, inferred splits marked, and blank cells shown apart from 0.
 */
export function ReportTables({ tables, findings, selectedFinding, ruleLabel, mediaType }: ReportTablesProps) {
  const t = useT();
  const f = useFormat();
  const byCell = findingsByCell(findings);
  const selected = findings.find((x) => x.id === selectedFinding) ?? null;
  const [tip, setTip] = useState<TipState | null>(null);

  const show = useCallback(
    (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>, tableKey: string, row: ReportRow, column: ReportColumn) => {
      const key = `${tableKey}.${row.key}.${column.key}`;
      const value = row.values.find((v) => v.column === column.key) ?? null;
      const r = event.currentTarget.getBoundingClientRect();
      setTip({
        value,
        unreadKey: value ? undefined : key,
        findings: byCell.get(value?.key ?? key) ?? [],
        rect: { left: r.left, top: r.top, bottom: r.bottom, width: r.width },
      });
    },
    [byCell],
  );
  const hide = useCallback(() => setTip(null), []);

  const cell = (tableKey: string, row: ReportRow, column: ReportColumn, colSpan = 1): ReactNode => {
    const value = row.values.find((v) => v.column === column.key) ?? null;
    const key = value?.key ?? `${tableKey}.${row.key}.${column.key}`;
    const cellFindings = byCell.get(key) ?? [];
    const severity = worstSeverity(cellFindings);
    const classes = ['cell'];
    let text: string;
    if (!value) {
      classes.push('cell--unread');
      text = '';
    } else if (value.value === null) {
      classes.push('cell--blank');
      text = value.raw.trim() || '—';
    } else {
      text = f.value(value.value, column.unit === 'wan' ? 'wan' : 'count') ?? value.raw;
    }
    if (value?.inferred) classes.push('cell--inferred');
    if (severity) classes.push('cell--finding', `cell--${severity}`);
    if (selected?.cells.includes(key)) classes.push('cell--selected');
    const described = tip && (tip.value?.key === key || tip.unreadKey === key);
    const labelText = [
      label(row, f.lang),
      label(column, f.lang),
      !value ? t('report.unread') : value.value === null ? t('report.blank') : text,
      value?.inferred ? t('report.inferred') : null,
      cellFindings.length ? t('report.cellFindings', { count: cellFindings.length }) : null,
    ]
      .filter(Boolean)
      .join('，');
    return (
      <td key={column.key} colSpan={colSpan} className="report-td">
        <button
          type="button"
          className={classes.join(' ')}
          data-key={key}
          data-value={value?.value ?? ''}
          aria-label={labelText}
          aria-describedby={described ? TOOLTIP_ID : undefined}
          onMouseEnter={(e) => show(e, tableKey, row, column)}
          onMouseLeave={hide}
          onFocus={(e) => show(e, tableKey, row, column)}
          onBlur={hide}
          onKeyDown={(e) => e.key === 'Escape' && hide()}
        >
          {text}
          {value?.inferred && <span className="cell__mark" aria-hidden="true">*</span>}
        </button>
      </td>
    );
  };

  return (
    <div className="report-tables">
      {tables.map((table) => (
        <section key={table.key} className="panel report-table" aria-labelledby={`table-${table.key}`} data-table={table.key}>
          <header className="panel__header">
            <div className="panel__heading">
              <h2 className="panel__title" id={`table-${table.key}`}>
                {label(table, f.lang)}
              </h2>
              {table.template && <p className="panel__subtitle">{t('report.tableTemplate', { template: table.template })}</p>}
            </div>
          </header>
          {table.missing ? (
            <p className="status status--empty">{t('report.tableMissing')}</p>
          ) : (
            <div className="table-wrap">
              {table.key === 'requests' ? (
                <RequestsTable table={table} cell={(row, column, colSpan) => cell(table.key, row, column, colSpan)} />
              ) : table.key === 'reviewLitigation' ? (
                <HorizontalTable table={table} cell={(row, column, colSpan) => cell(table.key, row, column, colSpan)} />
              ) : (
                <SectionsTable table={table} cell={(row, column, colSpan) => cell(table.key, row, column, colSpan)} />
              )}
            </div>
          )}
        </section>
      ))}
      {tip && <CellTooltip tip={tip} ruleLabel={ruleLabel} mediaType={mediaType} />}
    </div>
  );
}

type CellRenderer = (row: ReportRow, column: ReportColumn, colSpan?: number) => ReactNode;

function RowHeader({ row, children, colSpan = 1, rowSpan = 1 }: { row: ReportRow; children: ReactNode; colSpan?: number; rowSpan?: number }) {
  const t = useT();
  return (
    <th scope="row" colSpan={colSpan} rowSpan={rowSpan} className={row.missing ? 'report-th report-th--missing' : 'report-th'}>
      {children}
      {row.missing && <span className="cell-hint">{t('report.rowMissing')}</span>}
      {!row.inTemplate && <span className="cell-hint">{t('report.notInTemplate')}</span>}
    </th>
  );
}

/** 表二: each run of rows with the same columns gets its header row (信息内容 | 本年制发件数 …). */
function SectionsTable({ table, cell }: { table: ReportTable; cell: CellRenderer }) {
  const t = useT();
  const f = useFormat();
  const sections = columnSections(table.rows);
  const width = Math.max(1, ...table.rows.map((r) => r.columns.length));
  return (
    <table className="report-grid">
      <caption className="visually-hidden">{label(table, f.lang)}</caption>
      {sections.map((rows, i) => {
        const columns = rows[0].columns;
        return (
          <tbody key={i}>
            <tr className="report-grid__head">
              <th scope="col">{t('report.t2.content')}</th>
              {columns.map((c, ci) => (
                <th key={c.key} scope="col" colSpan={ci === columns.length - 1 ? width - columns.length + 1 : 1}>
                  {label(c, f.lang)}
                </th>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <RowHeader row={row}>{label(row, f.lang)}</RowHeader>
                {columns.map((c, ci) => cell(row, c, ci === columns.length - 1 ? width - columns.length + 1 : 1))}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

/** 表三: three row-header columns and the applicant columns under 申请人情况 / 法人或其他组织. */
function RequestsTable({ table, cell }: { table: ReportTable; cell: CellRenderer }) {
  const t = useT();
  const f = useFormat();
  const columns = table.rows.find((r) => r.columns.length)?.columns ?? [];
  const legal = columns.filter((c) => (LEGAL_PERSON_COLUMNS as readonly string[]).includes(c.key));
  const before = columns.filter((c) => !legal.includes(c) && columns.indexOf(c) < columns.indexOf(legal[0] ?? columns[columns.length - 1]));
  const after = columns.filter((c) => !legal.includes(c) && !before.includes(c));
  const layout = requestsLayout(table.rows, f.lang, t('report.t3.results'));
  return (
    <table className="report-grid report-grid--requests">
      <caption className="visually-hidden">{label(table, f.lang)}</caption>
      <thead>
        <tr>
          <th scope="col" colSpan={3} rowSpan={legal.length ? 3 : 2} className="report-grid__corner">
            {t('report.t3.corner')}
          </th>
          <th scope="colgroup" colSpan={columns.length}>
            {t('report.t3.applicants')}
          </th>
        </tr>
        <tr>
          {before.map((c) => (
            <th key={c.key} scope="col" rowSpan={legal.length ? 2 : 1}>
              {label(c, f.lang)}
            </th>
          ))}
          {legal.length > 0 && (
            <th scope="colgroup" colSpan={legal.length}>
              {t('report.t3.legalPersons')}
            </th>
          )}
          {after.map((c) => (
            <th key={c.key} scope="col" rowSpan={legal.length ? 2 : 1}>
              {label(c, f.lang)}
            </th>
          ))}
        </tr>
        {legal.length > 0 && (
          <tr>
            {legal.map((c) => (
              <th key={c.key} scope="col">
                {label(c, f.lang)}
              </th>
            ))}
          </tr>
        )}
      </thead>
      <tbody>
        {layout.map(({ row, headers }) => (
          <tr key={row.key} data-row={row.key}>
            {headers.map((h, i) => (
              <RowHeader key={i} row={row} colSpan={h.colSpan} rowSpan={h.rowSpan}>
                {h.text}
              </RowHeader>
            ))}
            {(row.columns.length ? row.columns : columns).map((c) => cell(row, c))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 表四: 行政复议 and 行政诉讼 (直接起诉, 复议后起诉) side by side, five results each. */
function HorizontalTable({ table, cell }: { table: ReportTable; cell: CellRenderer }) {
  const f = useFormat();
  const groups = horizontalGroups(table.rows, f.lang);
  const nested = groups.some((g) => g.rows.some((r) => r.item));
  return (
    <table className="report-grid report-grid--horizontal">
      <caption className="visually-hidden">{label(table, f.lang)}</caption>
      <thead>
        <tr>
          {groups.map((g) => (
            <th key={g.text} scope="colgroup" colSpan={g.rows.reduce((n, r) => n + r.row.columns.length, 0)} rowSpan={!g.rows[0].item && nested ? 2 : 1}>
              {g.text}
            </th>
          ))}
        </tr>
        {nested && (
          <tr>
            {groups.flatMap((g) =>
              g.rows
                .filter((r) => r.item)
                .map((r) => (
                  <th key={r.row.key} scope="colgroup" colSpan={r.row.columns.length}>
                    {r.item}
                  </th>
                )),
            )}
          </tr>
        )}
        <tr>
          {table.rows.flatMap((row) =>
            row.columns.map((c) => (
              <th key={`${row.key}.${c.key}`} scope="col">
                {label(c, f.lang)}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>{table.rows.flatMap((row) => row.columns.map((c) => cell(row, c)))}</tr>
      </tbody>
    </table>
  );
}
