import {
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REQUEST_ROWS,
  REVIEW_ROWS,
  TABLE_LABELS,
  parseValueKey,
  type ColumnDef,
  type RowDef,
  type TableKey,
  type TemplateVersion,
} from '@dlens/domain';
import type { ReportColumnModel, ReportRowModel, ReportTableModel, ReportValueModel } from './report-table.model.js';
import type { RevisionDocumentParts, ValueRow } from './report.loaders.js';

const TABLE_ORDER: readonly TableKey[] = ['proactive', 'requests', 'reviewLitigation'];

/** The rows of a table in a template, in the order the template prints them. */
function templateRows(table: TableKey, template: TemplateVersion): readonly RowDef[] {
  switch (table) {
    case 'proactive':
      return template === '2019' ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
    case 'requests':
      return REQUEST_ROWS.filter((row) => row.templates.includes(template));
    case 'reviewLitigation':
      return REVIEW_ROWS;
  }
}

/** Every row definition of a table in any template, to label a row the report's template lacks. */
function anyTemplateRow(table: string, row: string): RowDef | undefined {
  const all: Readonly<Record<string, readonly RowDef[]>> = {
    proactive: [...PROACTIVE_ROWS_2021, ...PROACTIVE_ROWS_2019],
    requests: REQUEST_ROWS,
    reviewLitigation: REVIEW_ROWS,
  };
  return all[table]?.find((r) => r.key === row);
}

function toColumn(column: ColumnDef): ReportColumnModel {
  return { key: column.key, labelZh: column.label.zh, labelEn: column.label.en, unit: column.unit };
}

function toValue(row: ValueRow, column: ColumnDef | undefined): ReportValueModel {
  const { column: columnKey } = parseValueKey(row.key);
  return {
    key: row.key,
    column: columnKey,
    columnLabelZh: column?.label.zh ?? row.provenance.column,
    columnLabelEn: column?.label.en ?? columnKey,
    value: row.value,
    raw: row.raw,
    inferred: row.inferred,
    provenance: { table: row.provenance.table, row: row.provenance.row, column: row.provenance.column, location: row.provenance.location },
  };
}

/**
 * Groups the cells of a revision by table and row, in template order (the table's own template:
 * a report may mix the 2019 table 二 with the 2021 table 三). Every cell is returned: a row or
 * column the template lacks is appended after the template's, so nothing read is hidden.
 */
export function groupValues(values: readonly ValueRow[], document: Pick<RevisionDocumentParts, 'template' | 'tableTemplates' | 'missing'>): ReportTableModel[] {
  const missing = new Set(document.missing);
  const byRow = new Map<string, ValueRow[]>();
  for (const value of values) {
    const { table, row } = parseValueKey(value.key);
    const rowKey = `${table}.${row}`;
    const cells = byRow.get(rowKey);
    if (cells) cells.push(value);
    else byRow.set(rowKey, [value]);
  }
  const tables: string[] = [...TABLE_ORDER];
  for (const value of values) {
    const { table } = parseValueKey(value.key);
    if (!tables.includes(table)) tables.push(table);
  }
  const fallbackTemplate: TemplateVersion = document.template === '2019' ? '2019' : '2021';

  return tables.map((table) => {
    const known = (TABLE_ORDER as readonly string[]).includes(table);
    const printed = document.tableTemplates[table as TableKey];
    const template = printed ?? fallbackTemplate;
    const definitions = known ? templateRows(table as TableKey, template) : [];
    const extraRows = [...byRow.keys()]
      .filter((key) => key.startsWith(`${table}.`))
      .map((key) => key.slice(table.length + 1))
      .filter((row) => !definitions.some((d) => d.key === row))
      .sort();
    const tableMissing = missing.has(table);
    const rows: ReportRowModel[] = [
      ...definitions.map((definition) => ({ definition, inTemplate: true, key: definition.key })),
      ...extraRows.map((key) => ({ definition: anyTemplateRow(table, key), inTemplate: false, key })),
    ].map(({ definition, inTemplate, key }) => {
      const cells = byRow.get(`${table}.${key}`) ?? [];
      const columns = definition?.columns ?? [];
      const columnIndex = (cell: ValueRow) => {
        const index = columns.findIndex((c) => c.key === parseValueKey(cell.key).column);
        return index === -1 ? columns.length : index;
      };
      const ordered = [...cells].sort((a, b) => columnIndex(a) - columnIndex(b) || a.key.localeCompare(b.key));
      return {
        key,
        labelZh: definition?.label.zh ?? cells[0]?.provenance.row ?? key,
        labelEn: definition?.label.en ?? key,
        inTemplate,
        missing: tableMissing || missing.has(`${table}.${key}`),
        columns: columns.map(toColumn),
        values: ordered.map((cell) => toValue(cell, columns.find((c) => c.key === parseValueKey(cell.key).column))),
      };
    });
    const label = known ? TABLE_LABELS[table as TableKey] : undefined;
    return {
      key: table,
      labelZh: label?.zh ?? table,
      labelEn: label?.en ?? table,
      // Table 四 has one layout in both templates; the parser does not record a version for it.
      template: printed ?? (table === 'reviewLitigation' || !known ? null : template),
      missing: tableMissing,
      rows,
    };
  });
}
